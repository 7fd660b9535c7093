namespace ClusterScope.Analytics;

/// <summary>What to do with a row or column whose total is zero (a region or industry with no activity).</summary>
/// <remarks>The reference packages differ: EconGeo returns 0, py-ecomplexity drops such rows and columns
/// before computing (NaN in its output), REAT yields NaN.</remarks>
public enum ZeroTotals
{
    /// <summary>Results for the empty row or column are 0 (EconGeo).</summary>
    Zero,

    /// <summary>The empty row or column is left out of the computation and its results are NaN (py-ecomplexity).</summary>
    Drop,

    /// <summary>Results for the empty row or column are NaN (REAT).</summary>
    NaN,
}
