namespace ClusterScope.Analytics.Matching;

/// <summary>A fit score and its parts, each in [0, 1].</summary>
/// <param name="Field">Field compatibility.</param>
/// <param name="Distance">Nearness, exp(-km / scale).</param>
/// <param name="DistanceKm">The great-circle distance in km.</param>
/// <param name="Priority">The cluster priority as given.</param>
/// <param name="Total">The weighted sum; 0 when the fields do not match at all.</param>
public sealed record FitBreakdown(double Field, double Distance, double DistanceKm, double Priority, double Total);
