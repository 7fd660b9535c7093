namespace ClusterScope.Data.Targets;

/// <summary>A plan as listed.</summary>
public sealed record PlanSummary(string Code, string NameEn, string NameZh, string Issuer, DateOnly? IssuedOn, int PeriodStart, int PeriodEnd,
    string ScopeRegionCode, string? SourceDocument, int Targets, int Version);
