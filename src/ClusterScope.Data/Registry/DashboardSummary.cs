using ClusterScope.Domain.Registry;

namespace ClusterScope.Data.Registry;

/// <summary>The province's headline figures for one year.</summary>
public sealed record DashboardSummary(int? Year, int Zones, int NationalZones, int Clusters, int RealEnterprises, int SampleEnterprises,
    double ClusterOutput, IReadOnlyDictionary<OutputTier, int> TierCounts, IReadOnlyList<PrefectureFigures> Prefectures);

/// <summary>One prefecture's figures, for the map.</summary>
public sealed record PrefectureFigures(string Code, string NameZh, string NameEn, int Zones, int Clusters, double ClusterOutput);
