using System.Globalization;
using System.Numerics.Tensors;

namespace ClusterScope.Analytics.Agglomeration;

public static partial class EllisonGlaeser
{
    /// <summary>Ellison-Glaeser coagglomeration gamma_c of a group of industries.</summary>
    /// <remarks>Ellison &amp; Glaeser (1997) eq. 5: gamma_c = [G / (1 - sum x_j^2) - H - sum_k gamma_k w_k^2 (1 - H_k)]
    /// / (1 - sum_k w_k^2), with w_k = industry k's share of the group's employment, G the raw concentration of the
    /// group's pooled employment, H = sum_k w_k^2 H_k and gamma_k each industry's own EG gamma (eq. 4), all against
    /// the same x_j as <see cref="Agglomeration(PlantEmployment, ReadOnlySpan{double})"/>. gamma_k (1 - H_k) is
    /// evaluated as G_k / (1 - sum x^2) - H_k, the same number, which stays finite for a one-plant industry.
    /// REAT 3.0.3 <c>ellison.c</c> is not followed: it sums the industries' own regional shares as x_j, weights by
    /// shares of the total instead of the group and recycles gamma over all industries (1.0596 where eq. 5 gives
    /// 0.2215 on reference case 03). NaN when all employment is in one region (sum x^2 = 1).</remarks>
    /// <param name="plants">Plant records aggregated by <see cref="PlantEmployment.Aggregate"/>.</param>
    /// <param name="group">Indices of two or more distinct industries, each with employment.</param>
    /// <param name="referenceWeights">Optional weight of each region; empty for all plants' employment.</param>
    /// <exception cref="ArgumentException">The group has fewer than two industries, an index out of range, a
    /// repeated index or an industry without employment (named); or the reference weights are invalid.</exception>
    public static CoagglomerationResult Coagglomeration(PlantEmployment plants, ReadOnlySpan<int> group,
        ReadOnlySpan<double> referenceWeights = default)
    {
        ArgumentNullException.ThrowIfNull(plants);
        ValidateGroup(plants, group);
        var x = ReferenceDistribution.Resolve(plants, referenceWeights);
        var spread = 1 - x.SumOfSquares;
        var groupTotal = 0.0;
        var pooled = new double[plants.RegionCount];
        foreach (var k in group)
        {
            groupTotal += plants.IndustryTotalSpan[k];
            TensorPrimitives.Add(pooled, plants.IndustryRow(k), pooled);
        }

        var weights = new double[group.Length];
        var (h, own, sumOfSquaredWeights) = (0.0, 0.0, 0.0);
        for (var m = 0; m < group.Length; m++)
        {
            var k = group[m];
            var total = plants.IndustryTotalSpan[k];
            var hk = plants.SquaredEmployment[k] / (total * total);
            var w2 = (weights[m] = total / groupTotal) * weights[m];
            sumOfSquaredWeights += w2;
            h += w2 * hk;
            own += w2 * ((RawConcentration(plants.IndustryRow(k), total, x.Shares) / spread) - hk);
        }

        var g = RawConcentration(pooled, groupTotal, x.Shares);
        var gamma = spread > 0 ? ((g / spread) - h - own) / (1 - sumOfSquaredWeights) : double.NaN;
        return new CoagglomerationResult(gamma, g, h, weights);
    }

    private static void ValidateGroup(PlantEmployment plants, ReadOnlySpan<int> group)
    {
        if (group.Length < 2)
        {
            throw new ArgumentException($"A coagglomeration group needs at least two industries; got {group.Length}.", nameof(group));
        }

        var seen = new HashSet<int>();
        foreach (var k in group)
        {
            if ((uint)k >= (uint)plants.IndustryCount)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Industry index {k} is outside 0..{plants.IndustryCount - 1}."), nameof(group));
            }

            if (!seen.Add(k))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Industry {k} appears twice in the group."), nameof(group));
            }

            if (!(plants.IndustryTotalSpan[k] > 0))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Industry {k} has no employment."), nameof(group));
            }
        }
    }
}
