using ClusterScope.Domain.Registry;

namespace ClusterScope.Data.Registry;

/// <summary>Everything the zone page shows.</summary>
public sealed record ZoneDetail(ZoneRow Zone, IReadOnlyList<ClusterRow> Clusters, IReadOnlyList<Incubator> Incubators,
    IReadOnlyList<SeriesPoint> Output, IReadOnlyList<Enterprise> LeadingEnterprises);
