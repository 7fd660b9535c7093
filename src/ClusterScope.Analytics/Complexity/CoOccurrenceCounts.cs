using System.Numerics;

namespace ClusterScope.Analytics.Complexity;

/// <summary>C = M'M for a 0/1 presence matrix: how many regions have both industries (diagonal: ubiquity).</summary>
/// <remarks>Each industry's column is packed into a bit set over regions, so an entry is a popcount of an AND over
/// n/64 words: exact integers, and for 2,850 regions about 45 words per pair, far less work than a floating-point product.
/// A matrix that is not 0/1 goes through the dense product instead.</remarks>
internal static class CoOccurrenceCounts
{
    public static Matrix Compute(Matrix presence)
    {
        if (!IsBinary(presence))
        {
            return LinearAlgebra.MatrixProduct.Gram(presence);
        }

        var n = presence.Columns;
        var words = (presence.Rows + 63) / 64;
        var bits = new ulong[n * words];
        for (var r = 0; r < presence.Rows; r++)
        {
            var row = presence.Row(r);
            var mask = 1UL << (r & 63);
            var word = r >> 6;
            for (var c = 0; c < n; c++)
            {
                if (row[c] != 0)
                {
                    bits[(c * words) + word] |= mask;
                }
            }
        }

        var counts = new Matrix(n, n);
        Parallel.For(0, n, p =>
        {
            var bp = bits.AsSpan(p * words, words);
            for (var q = p; q < n; q++)
            {
                var bq = bits.AsSpan(q * words, words);
                var count = 0;
                for (var w = 0; w < words; w++)
                {
                    count += BitOperations.PopCount(bp[w] & bq[w]);
                }

                counts[p, q] = count;
                counts[q, p] = count;
            }
        });
        return counts;
    }

    private static bool IsBinary(Matrix m)
    {
        foreach (var v in m.AsSpan())
        {
            if (v is not (0 or 1))
            {
                return false;
            }
        }

        return true;
    }
}
