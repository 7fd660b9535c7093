using System.Globalization;
using System.Numerics.Tensors;

namespace ClusterScope.Analytics.Agglomeration;

/// <summary>The single pass over plant records behind <see cref="PlantEmployment.Aggregate"/>.</summary>
internal static unsafe class PlantAccumulator
{
    // Below this many plants per block the thread start-up costs more than the summing.
    private const int MinimumPlantsPerBlock = 200_000;

    public static PlantEmployment Run(ReadOnlySpan<int> region, ReadOnlySpan<int> industry, ReadOnlySpan<double> employment,
        int regionCount, int industryCount)
    {
        var n = region.Length;
        var blocks = Math.Clamp(n / MinimumPlantsPerBlock, 1, Environment.ProcessorCount);
        var sums = new Sums[blocks];
        var firstBad = new int[blocks];
        fixed (int* r = region, i = industry)
        fixed (double* e = employment)
        {
            var (rp, ip, ep) = ((nint)r, (nint)i, (nint)e);
            Parallel.For(0, blocks, b =>
            {
                var start = (int)((long)n * b / blocks);
                var end = (int)((long)n * (b + 1) / blocks);
                sums[b] = new Sums(regionCount, industryCount);
                firstBad[b] = sums[b].Add((int*)rp, (int*)ip, (double*)ep, start, end);
            });
        }

        foreach (var bad in firstBad)
        {
            if (bad >= 0)
            {
                throw InvalidPlant(bad, region[bad], industry[bad], employment[bad], regionCount, industryCount);
            }
        }

        var total = sums[0];
        for (var b = 1; b < blocks; b++)
        {
            total.Merge(sums[b]);
        }

        return new PlantEmployment(regionCount, industryCount, total.Cells, total.Squares, total.FourthPowers, total.Plants);
    }

    private static ArgumentException InvalidPlant(int plant, int region, int industry, double employment, int regionCount, int industryCount)
    {
        var problem = (uint)region >= (uint)regionCount
            ? string.Create(CultureInfo.InvariantCulture, $"region index {region} is outside 0..{regionCount - 1}")
            : (uint)industry >= (uint)industryCount
                ? string.Create(CultureInfo.InvariantCulture, $"industry index {industry} is outside 0..{industryCount - 1}")
                : string.Create(CultureInfo.InvariantCulture, $"employment {employment} is negative or not finite");
        return new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Plant {plant}: {problem}."), nameof(employment));
    }

    private sealed class Sums(int regionCount, int industryCount)
    {
        public double[] Cells { get; } = new double[checked(regionCount * industryCount)];

        public double[] Squares { get; } = new double[industryCount];

        public double[] FourthPowers { get; } = new double[industryCount];

        public int[] Plants { get; } = new int[industryCount];

        /// <summary>Adds plants [start, end); returns the first invalid plant's index, or -1.</summary>
        public int Add(int* region, int* industry, double* employment, int start, int end)
        {
            fixed (double* cells = Cells, squares = Squares, fourth = FourthPowers)
            fixed (int* plants = Plants)
            {
                for (var k = start; k < end; k++)
                {
                    var r = region[k];
                    var i = industry[k];
                    var e = employment[k];
                    // One unsigned comparison per index also rejects negatives; the range test on e rejects NaN.
                    if ((uint)r >= (uint)regionCount || (uint)i >= (uint)industryCount || !(e >= 0 && e <= double.MaxValue))
                    {
                        return k;
                    }

                    var e2 = e * e;
                    cells[((nint)i * regionCount) + r] += e;
                    squares[i] += e2;
                    fourth[i] += e2 * e2;
                    plants[i]++;
                }
            }

            return -1;
        }

        public void Merge(Sums other)
        {
            TensorPrimitives.Add(Cells, other.Cells, Cells);
            TensorPrimitives.Add(Squares, other.Squares, Squares);
            TensorPrimitives.Add(FourthPowers, other.FourthPowers, FourthPowers);
            for (var i = 0; i < Plants.Length; i++)
            {
                Plants[i] += other.Plants[i];
            }
        }
    }
}
