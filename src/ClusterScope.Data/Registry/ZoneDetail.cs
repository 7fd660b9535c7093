using ClusterScope.Domain.Registry;

namespace ClusterScope.Data.Registry;

/// <summary>Everything the zone page shows.</summary>
/// <param name="Zone">The zone with its output in <see cref="PeriodChoice.Selected"/>.</param>
/// <param name="Clusters">Its clusters with their figures in the cluster year shown (<paramref name="ClusterPeriod"/>).</param>
/// <param name="Incubators">Its incubators.</param>
/// <param name="Output">Its output series.</param>
/// <param name="LeadingEnterprises">Its leading enterprises.</param>
/// <param name="Period">The years of zone output with their coverage and the year shown.</param>
/// <param name="ClusterPeriod">The years of cluster output with their coverage and the year its clusters are shown for.</param>
/// <param name="Rank">Its rank by output among the zones of the same level; null without output.</param>
public sealed record ZoneDetail(ZoneRow Zone, IReadOnlyList<ClusterRow> Clusters, IReadOnlyList<Incubator> Incubators,
    IReadOnlyList<SeriesPoint> Output, IReadOnlyList<Enterprise> LeadingEnterprises, PeriodChoice Period, PeriodChoice ClusterPeriod, PeerRank? Rank);
