using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ClusterScope.Analytics.Agglomeration;

/// <summary>The symmetric matrix of row cross-products D D' of a dense row-major matrix.</summary>
/// <remarks>The input is padded: its row count and its stride are multiples of 4, the padding being zeros. Each task
/// takes 4 rows and sums their 4 x 4 blocks of cross-products against every later group of 4 rows, keeping the 16
/// sums in registers: 8 loads feed 16 multiply-adds, where one dot product at a time needs 2 loads per multiply-add.</remarks>
internal static class CrossProducts
{
    public const int Tile = 4;

    // 256 columns of 600 rows is ~1.2 MB: a column block of every row stays in cache while all pairs are summed.
    private const int ColumnBlock = 256;

    public static int Padded(int count) => (count + Tile - 1) / Tile * Tile;

    /// <summary>D D' for the first <paramref name="rows"/> rows of a padded matrix with <paramref name="stride"/> columns.</summary>
    public static Matrix Of(double[] padded, int rows, int stride)
    {
        var tiles = Padded(rows) / Tile;
        var n = tiles * Tile;
        var sums = new double[n * n];
        for (var start = 0; start < stride; start += ColumnBlock)
        {
            var (first, width) = (start, Math.Min(ColumnBlock, stride - start));
            Parallel.For(0, tiles, a =>
            {
                for (var b = a; b < tiles; b++)
                {
                    AddTile(padded, stride, a * Tile, b * Tile, first, width, sums, n);
                }
            });
        }

        var result = new Matrix(rows, rows);
        for (var a = 0; a < rows; a++)
        {
            for (var b = a; b < rows; b++)
            {
                result[a, b] = result[b, a] = sums[(a * n) + b];
            }
        }

        return result;
    }

    private static void AddTile(double[] d, int stride, int a, int b, int first, int width, double[] sums, int n)
    {
        ref var origin = ref MemoryMarshal.GetArrayDataReference(d);
        ref var x = ref Unsafe.Add(ref origin, (a * stride) + first);
        ref var y = ref Unsafe.Add(ref origin, (b * stride) + first);
        var s = (nuint)stride;
        Vector256<double> c00 = default, c01 = default, c02 = default, c03 = default;
        Vector256<double> c10 = default, c11 = default, c12 = default, c13 = default;
        Vector256<double> c20 = default, c21 = default, c22 = default, c23 = default;
        Vector256<double> c30 = default, c31 = default, c32 = default, c33 = default;
        for (nuint k = 0; k < (nuint)width; k += Tile)
        {
            var x0 = Vector256.LoadUnsafe(ref x, k);
            var x1 = Vector256.LoadUnsafe(ref x, s + k);
            var x2 = Vector256.LoadUnsafe(ref x, (2 * s) + k);
            var x3 = Vector256.LoadUnsafe(ref x, (3 * s) + k);
            var y0 = Vector256.LoadUnsafe(ref y, k);
            var y1 = Vector256.LoadUnsafe(ref y, s + k);
            var y2 = Vector256.LoadUnsafe(ref y, (2 * s) + k);
            var y3 = Vector256.LoadUnsafe(ref y, (3 * s) + k);
            c00 = Vector256.FusedMultiplyAdd(x0, y0, c00);
            c01 = Vector256.FusedMultiplyAdd(x0, y1, c01);
            c02 = Vector256.FusedMultiplyAdd(x0, y2, c02);
            c03 = Vector256.FusedMultiplyAdd(x0, y3, c03);
            c10 = Vector256.FusedMultiplyAdd(x1, y0, c10);
            c11 = Vector256.FusedMultiplyAdd(x1, y1, c11);
            c12 = Vector256.FusedMultiplyAdd(x1, y2, c12);
            c13 = Vector256.FusedMultiplyAdd(x1, y3, c13);
            c20 = Vector256.FusedMultiplyAdd(x2, y0, c20);
            c21 = Vector256.FusedMultiplyAdd(x2, y1, c21);
            c22 = Vector256.FusedMultiplyAdd(x2, y2, c22);
            c23 = Vector256.FusedMultiplyAdd(x2, y3, c23);
            c30 = Vector256.FusedMultiplyAdd(x3, y0, c30);
            c31 = Vector256.FusedMultiplyAdd(x3, y1, c31);
            c32 = Vector256.FusedMultiplyAdd(x3, y2, c32);
            c33 = Vector256.FusedMultiplyAdd(x3, y3, c33);
        }

        ReadOnlySpan<Vector256<double>> tile = [c00, c01, c02, c03, c10, c11, c12, c13, c20, c21, c22, c23, c30, c31, c32, c33];
        for (var i = 0; i < Tile; i++)
        {
            for (var j = 0; j < Tile; j++)
            {
                sums[((a + i) * n) + b + j] += Vector256.Sum(tile[(i * Tile) + j]);
            }
        }
    }
}
