using ClusterScope.Domain.Registry;

namespace ClusterScope.Data.Registry;

/// <summary>Everything the cluster page shows: its row for the year shown, its series, its tier in every year and its enterprises.</summary>
/// <param name="Cluster">The cluster with its figures for <see cref="PeriodChoice.Selected"/>.</param>
/// <param name="Output">Output series.</param>
/// <param name="Enterprises">Series of the number of enterprises reported.</param>
/// <param name="Employment">Employment series.</param>
/// <param name="TierHistory">Its tier in every year with output.</param>
/// <param name="EnterpriseList">The enterprise records of the registry in the cluster (all of them; the page pages them).</param>
/// <param name="Period">The years with their coverage and the year shown.</param>
/// <param name="Rank">Its rank by output among the clusters of the same category in zones of the same level; null without output.</param>
public sealed record ClusterDetail(ClusterRow Cluster, IReadOnlyList<SeriesPoint> Output, IReadOnlyList<SeriesPoint> Enterprises,
    IReadOnlyList<SeriesPoint> Employment, IReadOnlyList<(string Period, OutputTier Tier)> TierHistory, IReadOnlyList<Enterprise> EnterpriseList,
    PeriodChoice Period, PeerRank? Rank);
