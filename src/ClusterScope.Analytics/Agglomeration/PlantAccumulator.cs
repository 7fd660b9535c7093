using System.Buffers;
using System.Globalization;
using System.Numerics.Tensors;

namespace ClusterScope.Analytics.Agglomeration;

/// <summary>The single pass over plant records behind <see cref="PlantEmployment.Aggregate"/>.</summary>
internal static unsafe class PlantAccumulator
{
    // Below this many plants per block the thread start-up and the extra cell array cost more than the summing.
    private const int MinimumPlantsPerBlock = 250_000;

    public static PlantEmployment Run(ReadOnlySpan<int> region, ReadOnlySpan<int> industry, ReadOnlySpan<double> employment,
        int regionCount, int industryCount)
    {
        var n = region.Length;
        var cellCount = checked(regionCount * industryCount);
        var blocks = Math.Clamp(n / MinimumPlantsPerBlock, 1, Environment.ProcessorCount);
        // A fresh page costs more than summing into it (first-touch faults): with several blocks each sums into a
        // warm pooled array and the fresh result is first touched by the parallel merge.
        var partials = new double[blocks][];
        for (var b = 0; b < blocks; b++)
        {
            partials[b] = blocks == 1 ? new double[cellCount] : ArrayPool<double>.Shared.Rent(cellCount);
        }

        var sums = new Sums[blocks];
        double[] cells;
        try
        {
            fixed (int* r = region, i = industry)
            fixed (double* e = employment)
            {
                var (rp, ip, ep) = ((nint)r, (nint)i, (nint)e);
                Parallel.For(0, blocks, b =>
                {
                    if (blocks > 1)
                    {
                        partials[b].AsSpan(0, cellCount).Clear();
                    }

                    sums[b] = new Sums(regionCount, industryCount);
                    sums[b].Add(partials[b], (int*)rp, (int*)ip, (double*)ep, (int)((long)n * b / blocks), (int)((long)n * (b + 1) / blocks));
                });
            }

            ThrowOnFirstInvalid(sums, region, industry, employment, regionCount, industryCount);
            cells = blocks == 1 ? partials[0] : MergeCells(partials, cellCount);
        }
        finally
        {
            for (var b = 0; b < blocks && blocks > 1; b++)
            {
                ArrayPool<double>.Shared.Return(partials[b]);
            }
        }

        for (var b = 1; b < blocks; b++)
        {
            sums[0].Merge(sums[b]);
        }

        var t = sums[0];
        return new PlantEmployment(regionCount, industryCount, cells, t.Squares, t.FourthPowers, t.Plants, t.IndustryTotals, t.RegionTotals);
    }

    private static double[] MergeCells(double[][] partials, int cellCount)
    {
        var cells = GC.AllocateUninitializedArray<double>(cellCount);
        const int Chunk = 1 << 16;
        Parallel.For(0, (cellCount + Chunk - 1) / Chunk, c =>
        {
            var (start, length) = (c * Chunk, Math.Min(Chunk, cellCount - (c * Chunk)));
            var target = cells.AsSpan(start, length);
            TensorPrimitives.Add(partials[0].AsSpan(start, length), partials[1].AsSpan(start, length), target);
            for (var b = 2; b < partials.Length; b++)
            {
                TensorPrimitives.Add(target, partials[b].AsSpan(start, length), target);
            }
        });
        return cells;
    }

    private static void ThrowOnFirstInvalid(Sums[] sums, ReadOnlySpan<int> region, ReadOnlySpan<int> industry,
        ReadOnlySpan<double> employment, int regionCount, int industryCount)
    {
        foreach (var s in sums)
        {
            var k = s.FirstInvalid;
            if (k < 0)
            {
                continue;
            }

            var problem = (uint)region[k] >= (uint)regionCount
                ? string.Create(CultureInfo.InvariantCulture, $"region index {region[k]} is outside 0..{regionCount - 1}")
                : (uint)industry[k] >= (uint)industryCount
                    ? string.Create(CultureInfo.InvariantCulture, $"industry index {industry[k]} is outside 0..{industryCount - 1}")
                    : string.Create(CultureInfo.InvariantCulture, $"employment {employment[k]} is negative or not finite");
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Plant {k}: {problem}."), nameof(employment));
        }
    }

    private sealed class Sums(int regionCount, int industryCount)
    {
        public double[] Squares { get; } = new double[industryCount];

        public double[] FourthPowers { get; } = new double[industryCount];

        public int[] Plants { get; } = new int[industryCount];

        public double[] IndustryTotals { get; } = new double[industryCount];

        public double[] RegionTotals { get; } = new double[regionCount];

        /// <summary>The first invalid plant of the block, or -1.</summary>
        public int FirstInvalid { get; private set; } = -1;

        public void Add(double[] cellArray, int* region, int* industry, double* employment, int start, int end)
        {
            fixed (double* cells = cellArray, squares = Squares, fourth = FourthPowers, byIndustry = IndustryTotals, byRegion = RegionTotals)
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
                        FirstInvalid = k;
                        return;
                    }

                    var e2 = e * e;
                    cells[((nint)i * regionCount) + r] += e;
                    byIndustry[i] += e;
                    byRegion[r] += e;
                    squares[i] += e2;
                    fourth[i] += e2 * e2;
                    plants[i]++;
                }
            }
        }

        public void Merge(Sums other)
        {
            TensorPrimitives.Add(Squares, other.Squares, Squares);
            TensorPrimitives.Add(FourthPowers, other.FourthPowers, FourthPowers);
            TensorPrimitives.Add(IndustryTotals, other.IndustryTotals, IndustryTotals);
            TensorPrimitives.Add(RegionTotals, other.RegionTotals, RegionTotals);
            for (var i = 0; i < Plants.Length; i++)
            {
                Plants[i] += other.Plants[i];
            }
        }
    }
}
