using ClusterScope.Domain.Targets;

namespace ClusterScope.Data.Targets;

/// <summary>The fields of a target as an editor sends them, and the plan version the editor started from.</summary>
public sealed record TargetEdit(string Code, string NameEn, string NameZh, TargetKind Kind, Comparator Comparator, double Value, string Unit,
    int DeadlineYear, double? BaselineValue, string? BaselinePeriod, string? Indicator, string? Condition, string? ReferenceIndicator,
    string? ReferenceEntity, string? PartOf, string? SourceText, int SortOrder, int PlanVersion, string? SourceTextZh = null);
