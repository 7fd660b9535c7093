using ClusterScope.Analytics;
using ClusterScope.Analytics.Complexity;
using ClusterScope.Analytics.Specialisation;

namespace ClusterScope.Data.Analysis;

public static partial class AnalysisRunner
{
    private static string[] RelatednessMethods => ["prob", "association", "cosine", "jaccard"];

    private static IReadOnlyList<MeasureDefinition> RelatednessMeasures =>
    [
        new("co-occurrence", MeasureInput.RegionIndustry, "industry_a,industry_b,co_occurrence", "Regions where both industries have RCA >= threshold (EconGeo co_occurrence, diagonal 0)", "Co-occurrence of industries", "产业共现"),
        new("relatedness", MeasureInput.RegionIndustry, "industry_a,industry_b,relatedness", "Relatedness of industry pairs from co-occurrence (EconGeo relatedness)", "Relatedness of industries", "产业关联度", RelatednessMethods, [], []),
        new("relatedness-density", MeasureInput.RegionIndustry, "region,industry,relatedness_density", "Relatedness density in percent (EconGeo relatedness_density; --rounding econgeo)", "Relatedness density", "关联密度", RelatednessMethods, [], []),
        new("relatedness-density-ext", MeasureInput.RegionIndustry, "region,industry,relatedness_density_ext", "Relatedness density towards industries the region lacks, NA where present (EconGeo relatedness_density_ext)", "Extensive relatedness density", "外延关联密度", RelatednessMethods, [], []),
        new("relatedness-density-int", MeasureInput.RegionIndustry, "region,industry,relatedness_density_int", "Relatedness density within the region's portfolio, NA where absent (EconGeo relatedness_density_int)", "Intensive relatedness density", "内涵关联密度", RelatednessMethods, [], []),
        new("relatedness-density-ext-avg", MeasureInput.RegionIndustry, "region,relatedness_density_ext_avg", "Mean extensive relatedness density per region (EconGeo relatedness_density_ext_avg)", "Mean extensive relatedness density", "平均外延关联密度", RelatednessMethods, [], []),
        new("relatedness-density-int-avg", MeasureInput.RegionIndustry, "region,relatedness_density_int_avg", "Mean intensive relatedness density per region (EconGeo relatedness_density_int_avg)", "Mean intensive relatedness density", "平均内涵关联密度", RelatednessMethods, [], []),
    ];

    private static AnalysisTable RunRelatedness(string measure, RegionIndustryPanel panel, Matrix values, AnalysisOptions options)
    {
        var presence = LocationQuotient.Binary(LocationQuotient.Compute(values), options.Threshold);
        var coOccurrence = Relatedness.CoOccurrence(presence);
        if (measure == "co-occurrence")
        {
            return Pairs(panel, "co_occurrence", coOccurrence);
        }

        var relatedness = Relatedness.FromCoOccurrence(coOccurrence, Option(options.Variant, "prob") switch
        {
            "prob" => RelatednessMethod.Probability,
            "association" => RelatednessMethod.Association,
            "cosine" => RelatednessMethod.Cosine,
            "jaccard" => RelatednessMethod.Jaccard,
            _ => throw Undeclared("variant", options.Variant),
        });
        return measure switch
        {
            "relatedness" => Pairs(panel, "relatedness", relatedness),
            "relatedness-density" => Cells(panel, "relatedness_density", RelatednessDensity.Compute(presence, relatedness, options.Rounding)),
            "relatedness-density-ext" => Cells(panel, "relatedness_density_ext", RelatednessDensity.External(presence, relatedness, options.Rounding)),
            "relatedness-density-int" => Cells(panel, "relatedness_density_int", RelatednessDensity.Internal(presence, relatedness, options.Rounding)),
            "relatedness-density-ext-avg" => PerRegion(panel, "relatedness_density_ext_avg", RelatednessDensity.AverageExternal(presence, relatedness, options.Rounding)),
            "relatedness-density-int-avg" => PerRegion(panel, "relatedness_density_int_avg", RelatednessDensity.AverageInternal(presence, relatedness, options.Rounding)),
            _ => throw new ArgumentException($"Unknown measure '{measure}'.", nameof(measure)),
        };
    }

    // Every ordered pair but the diagonal: relatedness is symmetric, yet a pair list read by one industry needs both orders.
    private static AnalysisTable Pairs(RegionIndustryPanel panel, string column, Matrix values)
    {
        var table = new AnalysisTable(["industry_a", "industry_b", column]);
        for (var a = 0; a < values.Rows; a++)
        {
            for (var b = 0; b < values.Columns; b++)
            {
                if (a != b)
                {
                    table.Add(panel.Industries[a], panel.Industries[b], values[a, b]);
                }
            }
        }

        return table;
    }
}
