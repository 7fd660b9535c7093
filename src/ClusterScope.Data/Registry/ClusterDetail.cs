using ClusterScope.Domain.Registry;

namespace ClusterScope.Data.Registry;

/// <summary>Everything the cluster page shows: its row, its series, its tier in every year and its enterprises.</summary>
public sealed record ClusterDetail(ClusterRow Cluster, IReadOnlyList<SeriesPoint> Output, IReadOnlyList<SeriesPoint> Enterprises,
    IReadOnlyList<SeriesPoint> Employment, IReadOnlyList<(string Period, OutputTier Tier)> TierHistory, IReadOnlyList<Enterprise> EnterpriseList);
