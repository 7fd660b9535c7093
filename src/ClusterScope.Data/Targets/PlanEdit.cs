namespace ClusterScope.Data.Targets;

/// <summary>The editable fields of a plan, and the version the editor started from (0 for a new plan).</summary>
public sealed record PlanEdit(string Code, string NameEn, string NameZh, string Issuer, DateOnly? IssuedOn, string? SourceDocument,
    int PeriodStart, int PeriodEnd, string ScopeRegionCode, int Version, string? IssuerZh = null, string? SourceDocumentZh = null);
