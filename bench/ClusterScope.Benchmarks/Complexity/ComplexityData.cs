using ClusterScope.Analytics;

namespace ClusterScope.Benchmarks.Complexity;

/// <summary>The synthetic region x industry values shared with bench/peers/complexity_numpy.py (same formula, integer hashes, no RNG).</summary>
/// <remarks>About 30 % of the cells are zero; values are exp(6 v) with v uniform, four times larger where the region's
/// capability (row position) reaches 0.9 times the industry's complexity (column position): a nested structure, so M is
/// connected and its second eigenvalue well separated, as in real export data.</remarks>
public static class ComplexityData
{
    public static Matrix Values(int year, int regions = 2850, int industries = 1200)
    {
        var m = new Matrix(regions, industries);
        for (var c = 0; c < regions; c++)
        {
            var capability = (c + 0.5) / regions;
            for (var p = 0; p < industries; p++)
            {
                var idx = (((ulong)year * (ulong)regions) + (ulong)c) * (ulong)industries + (ulong)p;
                var u = (double)unchecked((idx * 2654435761UL) + 12345UL & 0xFFFFFFFFUL) / 4294967296.0;
                var v = (double)unchecked(((idx * 40503UL) + 7UL) * 2246822519UL & 0xFFFFFFFFUL) / 4294967296.0;
                var complexity = (p + 0.5) / industries;
                var boost = capability >= 0.9 * complexity ? 4.0 : 1.0;
                m[c, p] = u < 0.3 ? 0 : Math.Exp(6.0 * v) * boost;
            }
        }

        return m;
    }
}
