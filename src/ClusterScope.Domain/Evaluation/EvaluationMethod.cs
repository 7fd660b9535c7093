using ClusterScope.Analytics.Composite;

namespace ClusterScope.Domain.Evaluation;

/// <summary>The methodological choices of a framework: one per step of the OECD/JRC pipeline.</summary>
/// <remarks>Mirrors <see cref="CompositeSpec"/> with one aggregation per level of the fixed three-level tree
/// (indicators -> dimensions -> index). <see cref="Default"/> is COINr 1.1.14's default pipeline.</remarks>
/// <param name="Imputation">How missing values are filled.</param>
/// <param name="Treatment">How outliers are treated.</param>
/// <param name="Normalisation">How indicators are rescaled.</param>
/// <param name="DimensionAggregation">How indicators are combined into a dimension.</param>
/// <param name="IndexAggregation">How dimensions are combined into the index.</param>
/// <param name="Weights">Which weights are used: the framework's, equal, or PCA.</param>
/// <param name="MinimumDataAvailability">Share of the indicators (0..1) a unit must report to be ranked.</param>
public sealed record EvaluationMethod(ImputationSpec Imputation, TreatmentSpec Treatment, NormalisationSpec Normalisation,
    AggregationSpec DimensionAggregation, AggregationSpec IndexAggregation, WeightSpec Weights, double MinimumDataAvailability = 0)
{
    /// <summary>COINr's defaults: mean imputation, winsorisation, min-max 0..100, arithmetic means, framework weights.</summary>
    public static EvaluationMethod Default { get; } = new(new ImputationSpec.Mean(), new TreatmentSpec.Winsorise(),
        new NormalisationSpec.MinMax(), new AggregationSpec.ArithmeticMean(), new AggregationSpec.ArithmeticMean(), new WeightSpec.Framework());

    /// <summary>The engine's specification of this method.</summary>
    /// <remarks>One aggregation when both levels agree (which lets the Monte Carlo draw from the nominal one), else one per level.</remarks>
    public CompositeSpec ToSpec() => new(Imputation, Treatment, Normalisation,
        DimensionAggregation == IndexAggregation ? [DimensionAggregation] : [DimensionAggregation, IndexAggregation],
        Weights, MinimumDataAvailability);
}
