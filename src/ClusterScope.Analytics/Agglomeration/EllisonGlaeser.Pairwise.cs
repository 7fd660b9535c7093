using System.Buffers;
using System.Numerics.Tensors;

namespace ClusterScope.Analytics.Agglomeration;

public static partial class EllisonGlaeser
{
    /// <summary>Coagglomeration of every pair of industries, as a symmetric industries x industries matrix.</summary>
    /// <remarks>For a pair, Ellison &amp; Glaeser (1997) eq. 5 reduces exactly to
    /// gamma_ab = sum_j (s_aj - x_j)(s_bj - x_j) / (1 - sum_j x_j^2): the Herfindahl terms cancel and the weights
    /// drop out (Ellison, Glaeser &amp; Kerr 2010, <i>AER</i> 100(3), and its mathematical appendix), so the matrix
    /// is one cross-product of the deviations s - x and equals <see cref="Coagglomeration"/> of each pair.
    /// <see cref="CoagglomerationForm.EllisonGlaeser1997"/> (default) takes x_j as
    /// <see cref="Agglomeration(PlantEmployment, ReadOnlySpan{double})"/> does;
    /// <see cref="CoagglomerationForm.EllisonGlaeserKerr2010"/> takes x_j as the unweighted mean of the
    /// industries' shares s_ij, as EGK (2010) do, and ignores <paramref name="referenceWeights"/>. No peer package
    /// has this matrix. The diagonal is NaN (a pair needs two industries; own agglomeration is
    /// <see cref="EllisonGlaeserResult.Gamma"/>); rows and columns of industries without employment are NaN.</remarks>
    /// <param name="plants">Plant records aggregated by <see cref="PlantEmployment.Aggregate"/>.</param>
    /// <param name="form">Which reference shares the pairwise index uses.</param>
    /// <param name="referenceWeights">Optional weight of each region for the 1997 form; empty for all plants.</param>
    /// <exception cref="ArgumentException">The reference weights are invalid, or no industry has employment.</exception>
    public static Matrix PairwiseCoagglomeration(PlantEmployment plants,
        CoagglomerationForm form = CoagglomerationForm.EllisonGlaeser1997, ReadOnlySpan<double> referenceWeights = default)
    {
        ArgumentNullException.ThrowIfNull(plants);
        var (n, regions, stride) = (plants.IndustryCount, plants.RegionCount, CrossProducts.Padded(plants.RegionCount));
        var x = form == CoagglomerationForm.EllisonGlaeser1997 ? ReferenceDistribution.Resolve(plants, referenceWeights).Shares : null;
        var deviations = ArrayPool<double>.Shared.Rent(CrossProducts.Padded(n) * stride);
        Matrix result;
        try
        {
            RegionalShares(plants, deviations, stride);
            x ??= MeanIndustryShares(plants, deviations, stride);
            for (var i = 0; i < n; i++)
            {
                var row = deviations.AsSpan(i * stride, regions);
                TensorPrimitives.Subtract(row, x, row);
            }

            result = CrossProducts.Of(deviations, n, stride);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(deviations);
        }

        var scale = 1 / (1 - TensorPrimitives.SumOfSquares(x));
        for (var i = 0; i < n; i++)
        {
            var row = result.RowSpan(i);
            TensorPrimitives.Multiply(row, scale, row);
            row[i] = double.NaN;
        }

        return result;
    }

    /// <summary>Writes s_ij industry-major, rows <paramref name="stride"/> long and their count padded for
    /// <see cref="CrossProducts"/> (padding 0); an industry without employment gets a NaN row.</summary>
    private static void RegionalShares(PlantEmployment plants, double[] shares, int stride)
    {
        var regions = plants.RegionCount;
        shares.AsSpan(0, CrossProducts.Padded(plants.IndustryCount) * stride).Clear();
        for (var i = 0; i < plants.IndustryCount; i++)
        {
            var total = plants.IndustryTotalSpan[i];
            var row = shares.AsSpan(i * stride, regions);
            if (total > 0)
            {
                TensorPrimitives.Divide(plants.IndustryRow(i), total, row);
            }
            else
            {
                row.Fill(double.NaN);
            }
        }
    }

    private static double[] MeanIndustryShares(PlantEmployment plants, double[] shares, int stride)
    {
        var regions = plants.RegionCount;
        var mean = new double[regions];
        var counted = 0;
        for (var i = 0; i < plants.IndustryCount; i++)
        {
            if (plants.IndustryTotalSpan[i] > 0)
            {
                TensorPrimitives.Add(mean, shares.AsSpan(i * stride, regions), mean);
                counted++;
            }
        }

        if (counted == 0)
        {
            throw new ArgumentException("No industry has employment: there is no reference distribution.", nameof(plants));
        }

        TensorPrimitives.Divide(mean, counted, mean);
        return mean;
    }
}
