namespace ClusterScope.Analytics.Specialisation;

/// <summary>One cell of a region x industry table in long format: a region, an industry and a value.</summary>
/// <param name="Region">The region's (zone's) label.</param>
/// <param name="Industry">The industry's label.</param>
/// <param name="Value">The activity (employment, output) or a measure computed for the cell.</param>
public sealed record RegionIndustryValue(string Region, string Industry, double Value);
