using ClusterScope.Analytics;

namespace ClusterScope.Benchmarks.InputOutput;

/// <summary>Dense input-output systems of the sizes, as bench/peers gen_data.py's io_system builds them
/// (block structure of regions x sectors, 70 % dense within a region, 10 % across, column sums of A in [0.3, 0.7]).</summary>
/// <remarks>Seeded System.Random, not NumPy's PCG64: the same distribution, not the same numbers. Timing LU does not
/// depend on the values, only on n and density (dense LU ignores zeros).</remarks>
public static class IoSystemData
{
    private static readonly Dictionary<int, (int Regions, int Sectors)> Sizes = new()
    {
        [42] = (1, 42), [153] = (1, 153), [1302] = (31, 42), [4000] = (40, 100), [7987] = (49, 163),
    };

    public static (Matrix A, double[] Y, Matrix S) Create(int n, int seed = 20240501)
    {
        var (regions, sectors) = Sizes.GetValueOrDefault(n, (1, n));
        var random = new Random(seed);
        var a = new Matrix(n, n);
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                var same = i / sectors == j / sectors || regions == 1;
                if (random.NextDouble() < (same ? 0.7 : 0.1))
                {
                    a[i, j] = Math.Exp(1.5 * Gaussian(random));
                }
            }
        }

        var colsum = a.ColumnSums();
        for (var j = 0; j < n; j++)
        {
            var target = 0.3 + (0.4 * random.NextDouble());
            var scale = colsum[j] == 0 ? 0 : target / colsum[j];
            for (var i = 0; i < n; i++)
            {
                a[i, j] *= scale;
            }
        }

        var y = Enumerable.Range(0, n).Select(_ => Math.Exp(3 + Gaussian(random))).ToArray();
        var s = new Matrix(3, n);
        for (var k = 0; k < 3; k++)
        {
            for (var j = 0; j < n; j++)
            {
                s[k, j] = Math.Exp(Gaussian(random));
            }
        }

        return (a, y, s);
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
