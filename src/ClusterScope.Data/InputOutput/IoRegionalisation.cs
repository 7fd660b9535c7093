using ClusterScope.Analytics.InputOutput;

namespace ClusterScope.Data.InputOutput;

/// <summary>How to regionalise a national table: the region (only Jilin, 220000, has data), the quotient and delta.</summary>
/// <param name="Region">Administrative code of the region.</param>
/// <param name="Method">SLQ, CILQ, FLQ or AFLQ.</param>
/// <param name="Delta">FLQ/AFLQ delta, 0.3 by default.</param>
public sealed record IoRegionalisation(string Region, RegionalisationMethod Method, double Delta = Regionalisation.DefaultDelta);
