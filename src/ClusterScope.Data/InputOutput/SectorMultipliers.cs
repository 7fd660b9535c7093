using ClusterScope.Analytics.InputOutput;

namespace ClusterScope.Data.InputOutput;

/// <summary>One sector's multipliers and linkages, the row of <c>clusterscope io multipliers</c>.</summary>
/// <param name="Sector">The table's sector.</param>
/// <param name="Output">Output multiplier (column sum of L, or of the closed block for Type II).</param>
/// <param name="ValueAdded">Value-added multiplier, Type I or II (total / direct).</param>
/// <param name="Income">Labour income multiplier, Type I or II.</param>
/// <param name="Employment">Employment multiplier, Type I or II; NaN without employment data.</param>
/// <param name="Backward">Rasmussen power of dispersion.</param>
/// <param name="Forward">Ghosh forward index.</param>
/// <param name="Role">Quadrant; key when both linkages exceed 1.</param>
public sealed record SectorMultipliers(IoSector Sector, double Output, double ValueAdded, double Income, double Employment, double Backward, double Forward, SectorRole Role);
