using ClusterScope.Domain.Chains;

namespace ClusterScope.Data.Chains;

/// <summary>The gaps of a chain in a place, scored, with the growth-opportunity coordinates behind them.</summary>
/// <param name="Map">The chain map the statuses come from.</param>
/// <param name="Gaps">Missing and weak segments, best score first.</param>
/// <param name="Industries">The place's opportunity on every industry of the comparison matrix.</param>
/// <param name="ComparisonLevel">The places the relatedness was measured over (clusters, zones or prefectures); null for the
/// province, which has no peers in the data.</param>
/// <param name="ComparisonPlaces">How many places that comparison holds.</param>
/// <param name="HasComplexity">Whether PCI and COG could be computed (the place–industry network is connected).</param>
/// <param name="OpenLeads">Open leads (not lost) per segment in the place's zones.</param>
public sealed record ChainGaps(ChainMap Map, IReadOnlyList<GapScore> Gaps, IReadOnlyList<IndustryOpportunity> Industries,
    PlaceLevel? ComparisonLevel, int ComparisonPlaces, bool HasComplexity, IReadOnlyDictionary<string, int> OpenLeads);
