using ClusterScope.Analytics;

namespace ClusterScope.Data.Analysis;

public static partial class AnalysisRunner
{
    private static IReadOnlyList<MeasureDefinition> ComplexityMeasures { get; } = [];

    private static AnalysisTable RunComplexity(string measure, RegionIndustryPanel panel, Matrix values, AnalysisOptions options) =>
        throw new ArgumentException($"Unknown measure '{measure}'.", nameof(measure));
}
