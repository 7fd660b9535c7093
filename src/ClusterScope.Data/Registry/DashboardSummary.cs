using ClusterScope.Domain.Registry;

namespace ClusterScope.Data.Registry;

/// <summary>The province's headline figures for one year.</summary>
/// <param name="Year">The year of the cluster figures.</param>
/// <param name="Zones">Development zones.</param>
/// <param name="NationalZones">Of which national.</param>
/// <param name="Clusters">Clusters in the registry.</param>
/// <param name="RealEnterprises">Enterprises from a public source.</param>
/// <param name="SampleEnterprises">Generated sample enterprises.</param>
/// <param name="ClusterOutput">Total cluster output in <paramref name="Year"/> (100m CNY).</param>
/// <param name="TierCounts">Clusters per output tier in <paramref name="Year"/>.</param>
/// <param name="Prefectures">Per-prefecture figures, for the map.</param>
/// <param name="Period">The years with their coverage and how <paramref name="Year"/> was chosen.</param>
/// <param name="OutputProvenance">How many of the output figures behind the total and the tiers are sample.</param>
/// <param name="OutputFrom2Bn">The output of the clusters of RMB 2 bn and more only: what the 2013 programme's output target
/// counts, so it is less than <paramref name="ClusterOutput"/> by the clusters below that tier.</param>
public sealed record DashboardSummary(int? Year, int Zones, int NationalZones, int Clusters, int RealEnterprises, int SampleEnterprises,
    double ClusterOutput, IReadOnlyDictionary<OutputTier, int> TierCounts, IReadOnlyList<PrefectureFigures> Prefectures,
    PeriodChoice Period, FigureProvenance OutputProvenance, double OutputFrom2Bn);

/// <summary>One prefecture's figures, for the map.</summary>
/// <param name="Code">Prefecture code.</param>
/// <param name="NameZh">Chinese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Zones">Development zones.</param>
/// <param name="Clusters">Clusters.</param>
/// <param name="ClusterOutput">Their output in the dashboard's year.</param>
/// <param name="OutputProvenance">How many of the output figures behind <paramref name="ClusterOutput"/> are sample.</param>
public sealed record PrefectureFigures(string Code, string NameZh, string NameEn, int Zones, int Clusters, double ClusterOutput, FigureProvenance OutputProvenance);
