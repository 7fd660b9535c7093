using System.Globalization;
using System.Numerics.Tensors;

namespace ClusterScope.Analytics.Agglomeration;

/// <summary>The regional shares x_j against which Ellison-Glaeser measures concentration, and their moments.</summary>
internal sealed class ReferenceDistribution
{
    private ReferenceDistribution(double[] shares)
    {
        Shares = shares;
        SumOfSquares = TensorPrimitives.SumOfSquares(shares);
        var cubes = 0.0;
        foreach (var x in shares)
        {
            cubes += x * x * x;
        }

        SumOfCubes = cubes;
    }

    public double[] Shares { get; }

    /// <summary>sum_j x_j^2.</summary>
    public double SumOfSquares { get; }

    /// <summary>sum_j x_j^3 (only the variance of G needs it).</summary>
    public double SumOfCubes { get; }

    /// <summary>x_j from the caller's weights when given, else from all plants' employment.</summary>
    public static ReferenceDistribution Resolve(PlantEmployment plants, ReadOnlySpan<double> weights)
    {
        if (weights.IsEmpty)
        {
            return FromWeights(plants.RegionTotalSpan, "all plants' employment");
        }

        if (weights.Length != plants.RegionCount)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The reference has {weights.Length} regions; the plants have {plants.RegionCount}."),
                nameof(weights));
        }

        for (var j = 0; j < weights.Length; j++)
        {
            if (!(weights[j] >= 0 && weights[j] <= double.MaxValue))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Reference weight of region {j} is {weights[j]}: it must be finite and non-negative."),
                    nameof(weights));
            }
        }

        return FromWeights(weights, "the reference weights");
    }

    private static ReferenceDistribution FromWeights(ReadOnlySpan<double> weights, string what)
    {
        var total = TensorPrimitives.Sum(weights);
        if (!(total > 0))
        {
            throw new ArgumentException($"The sum of {what} is zero: there is no reference distribution.", nameof(weights));
        }

        var shares = new double[weights.Length];
        TensorPrimitives.Divide(weights, total, shares);
        return new ReferenceDistribution(shares);
    }
}
