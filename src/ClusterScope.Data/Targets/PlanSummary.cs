using ClusterScope.Domain.Targets;

namespace ClusterScope.Data.Targets;

/// <summary>A plan as listed.</summary>
/// <param name="Code">The plan's code.</param>
/// <param name="NameEn">English name.</param>
/// <param name="NameZh">Chinese name.</param>
/// <param name="Issuer">Who issued it.</param>
/// <param name="IssuedOn">When.</param>
/// <param name="PeriodStart">First year of the plan.</param>
/// <param name="PeriodEnd">Last year of the plan.</param>
/// <param name="ScopeRegionCode">The region it covers.</param>
/// <param name="SourceDocument">The document it comes from.</param>
/// <param name="Targets">Number of targets.</param>
/// <param name="Version">Concurrency version.</param>
/// <param name="OpensOn">The year the plan opens on (see <see cref="PlanService.ProgressAsync"/>); set by <see cref="PlanService.ListPlanStatusesAsync"/>.</param>
/// <param name="Statuses">Its targets counted per status in <paramref name="OpensOn"/> (every status present); set with it.</param>
/// <param name="IssuerZh">Who issued it, in Chinese.</param>
/// <param name="SourceDocumentZh">The document it comes from, in Chinese.</param>
public sealed record PlanSummary(string Code, string NameEn, string NameZh, string Issuer, DateOnly? IssuedOn, int PeriodStart, int PeriodEnd,
    string ScopeRegionCode, string? SourceDocument, int Targets, int Version, int? OpensOn = null, IReadOnlyDictionary<TargetStatus, int>? Statuses = null,
    string? IssuerZh = null, string? SourceDocumentZh = null);
