namespace ClusterScope.Analytics.Composite;

/// <summary>Every methodological choice of one composite-index run, stored with the run so it replays exactly.</summary>
/// <remarks>COINr's pipeline <c>Impute</c> -> <c>Treat</c> -> <c>Normalise</c> -> <c>Aggregate</c>; OECD/JRC (2008)
/// Handbook steps 3-6. <see cref="Default"/> is COINr 1.1.14's defaults for every step.</remarks>
/// <param name="Imputation">How missing values are filled.</param>
/// <param name="Treatment">How outliers are treated.</param>
/// <param name="Normalisation">How indicators are rescaled.</param>
/// <param name="Aggregation">One aggregation for every level, or one per aggregation level from the lowest
/// (dimensions) to the top (COINr <c>f_ag</c> as a vector).</param>
/// <param name="Weights">Which weights are used.</param>
/// <param name="MinimumDataAvailability">Share of indicators (0..1) a unit must report in the raw data to be computed and
/// ranked (COINr <c>Screen(dat_thresh = ...)</c>); units below it are excluded with the reason. 0 keeps every unit.</param>
public sealed record CompositeSpec(ImputationSpec Imputation, TreatmentSpec Treatment, NormalisationSpec Normalisation,
    IReadOnlyList<AggregationSpec> Aggregation, WeightSpec Weights, double MinimumDataAvailability = 0)
{
    /// <summary>COINr's defaults: column mean imputation, <c>Treat()</c> defaults (winsorise up to 5 points, else
    /// <c>log_CT</c>), min-max onto 0..100, weighted arithmetic mean with the framework weights.</summary>
    public static CompositeSpec Default { get; } = new(new ImputationSpec.Mean(), new TreatmentSpec.Winsorise(),
        new NormalisationSpec.MinMax(), [new AggregationSpec.ArithmeticMean()], new WeightSpec.Framework());

    /// <summary>The aggregation used at aggregation level <paramref name="level"/> (2 = dimensions).</summary>
    /// <exception cref="ArgumentException">The list is empty, or has neither 1 entry nor one per level.</exception>
    public AggregationSpec AggregationAt(int level, int levelCount)
    {
        if (Aggregation.Count == 1)
        {
            return Aggregation[0];
        }

        if (Aggregation.Count != levelCount - 1)
        {
            throw new ArgumentException($"Give 1 aggregation or {levelCount - 1} (one per aggregation level); got {Aggregation.Count}.", nameof(levelCount));
        }

        return Aggregation[level - 2];
    }
}
