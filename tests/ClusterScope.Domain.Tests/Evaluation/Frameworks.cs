using ClusterScope.Analytics.Composite;
using ClusterScope.Domain.Evaluation;

namespace ClusterScope.Domain.Tests.Evaluation;

/// <summary>Small frameworks the evaluation tests share.</summary>
internal static class Frameworks
{
    /// <summary>x (+, weight 3) and y (-, weight 1) feed D1; z feeds D2; no imputation or treatment, min-max 0..100.</summary>
    public static EvaluationFramework Small() => new("small", "1", "Small", new FrameworkIndex("INDEX", "Index"),
        [new FrameworkDimension("D1", "One"), new FrameworkDimension("D2", "Two")],
        [
            new FrameworkIndicator("x", "x", "D1", Direction.Positive, 3),
            new FrameworkIndicator("y", "y", "D1", Direction.Negative, 1),
            new FrameworkIndicator("z", "z", "D2"),
        ],
        EvaluationMethod.Default with { Imputation = new ImputationSpec.None(), Treatment = new TreatmentSpec.None() });

    /// <summary>Units x indicators from rows of values.</summary>
    public static CompositeData Data(string[] units, string[] codes, double[][] rows, string[]? groups = null)
    {
        var columns = codes.Select((_, c) => rows.Select(r => r[c]).ToArray()).ToArray();
        return new CompositeData(IndicatorMatrix.FromColumns(units, codes, columns), groups);
    }
}
