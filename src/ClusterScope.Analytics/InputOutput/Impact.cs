namespace ClusterScope.Analytics.InputOutput;

/// <summary>A scenario's effect by sector on output, value added, labour income and jobs.</summary>
/// <param name="Output">Gross output.</param>
/// <param name="ValueAdded">Value added.</param>
/// <param name="Income">Labour income.</param>
/// <param name="Employment">Jobs.</param>
public sealed record Impact(ImpactComponents Output, ImpactComponents ValueAdded, ImpactComponents Income, ImpactComponents Employment);
