using ClusterScope.Analytics;
using ClusterScope.Analytics.Complexity;
using ClusterScope.Analytics.Specialisation;

namespace ClusterScope.Data.Analysis;

public static partial class AnalysisRunner
{
    private static IReadOnlyList<MeasureDefinition> ComplexityMeasures { get; } =
    [
        new("complexity", MeasureInput.RegionIndustry, "level,region,industry,measure,value", "Economic complexity in one run: diversity, ECI, COI per region; ubiquity, PCI per industry; COG per region and industry (py-ecomplexity 0.5.2; --convention econgeo for EconGeo kci/tci; --variant exclude-self for density without the industry itself)", "Economic complexity (ECI, PCI, COI, COG)", "经济复杂度（ECI、PCI、COI、COG）", ["include-self", "exclude-self"], ["pyecomplexity", "econgeo"], []),
        new("proximity", MeasureInput.RegionIndustry, "industry_a,industry_b,proximity", "Product-space proximity, minimum conditional probability (--variant asymmetric|continuous)", "Product-space proximity", "产品空间邻近度", ["minimum", "asymmetric", "continuous"], ["pyecomplexity", "econgeo"], []),
        new("density", MeasureInput.RegionIndustry, "region,industry,density", "Density around each industry, 0..1 (py-ecomplexity 0.5.2, self included; --variant exclude-self)", "Density", "密度", ["include-self", "exclude-self"], ["pyecomplexity", "econgeo"], []),
        new("relatedness-density", MeasureInput.RegionIndustry, "region,industry,relatedness_density", "Relatedness density in percent (EconGeo; --variant prob|association|cosine|jaccard; --rounding econgeo)", "Relatedness density", "关联密度", ["prob", "association", "cosine", "jaccard"], [], []),
    ];

    private static AnalysisTable RunComplexity(string measure, RegionIndustryPanel panel, Matrix values, AnalysisOptions options) => measure switch
    {
        "complexity" => Complexity(panel, EconomicComplexity.Compute(values, ComplexityOptionsOf(options))),
        "proximity" => Proximity(panel, values, options),
        "density" => Cells(panel, "density", EconomicComplexity.Compute(values, ComplexityOptionsOf(options)).Density),
        "relatedness-density" => RelatednessDensityTable(panel, values, options),
        _ => throw new ArgumentException($"Unknown measure '{measure}'.", nameof(measure)),
    };

    private static ComplexityOptions ComplexityOptionsOf(AnalysisOptions options) => new()
    {
        Threshold = options.Threshold,
        Convention = Option(options.Convention, "pyecomplexity") switch
        {
            "pyecomplexity" => ComplexityConvention.PyEcomplexity,
            "econgeo" => ComplexityConvention.EconGeo,
            _ => throw Undeclared("convention", options.Convention),
        },
        DensitySelf = Option(options.Variant, "include-self") == "exclude-self" ? DensitySelf.Exclude : DensitySelf.Include,
    };

    private static AnalysisTable Complexity(RegionIndustryPanel panel, ComplexityResult result)
    {
        var table = new AnalysisTable(["level", "region", "industry", "measure", "value"]);
        for (var r = 0; r < panel.Regions.Count; r++)
        {
            table.Add("region", panel.Regions[r], null, "diversity", result.Diversity[r]);
            table.Add("region", panel.Regions[r], null, "eci", result.Eci[r]);
            table.Add("region", panel.Regions[r], null, "coi", result.Coi[r]);
        }

        for (var i = 0; i < panel.Industries.Count; i++)
        {
            table.Add("industry", null, panel.Industries[i], "ubiquity", result.Ubiquity[i]);
            table.Add("industry", null, panel.Industries[i], "pci", result.Pci[i]);
        }

        for (var r = 0; r < panel.Regions.Count; r++)
        {
            for (var i = 0; i < panel.Industries.Count; i++)
            {
                table.Add("region-industry", panel.Regions[r], panel.Industries[i], "cog", result.Cog[r, i]);
            }
        }

        return table;
    }

    private static AnalysisTable Proximity(RegionIndustryPanel panel, Matrix values, AnalysisOptions options)
    {
        var variant = Option(options.Variant, "minimum");
        var phi = variant switch
        {
            "minimum" => EconomicComplexity.Compute(values, ComplexityOptionsOf(options with { Variant = null })).Proximity,
            "asymmetric" => EconomicComplexity.Compute(values, ComplexityOptionsOf(options with { Variant = null }) with { Proximity = ProximityMeasure.Asymmetric }).Proximity,
            "continuous" => ProductSpace.ContinuousProximity(LocationQuotient.Compute(values)),
            _ => throw Undeclared("variant", options.Variant),
        };
        var table = new AnalysisTable(["industry_a", "industry_b", "proximity"]);
        for (var a = 0; a < phi.Rows; a++)
        {
            for (var b = 0; b < phi.Columns; b++)
            {
                if (a != b)
                {
                    table.Add(panel.Industries[a], panel.Industries[b], phi[a, b]);
                }
            }
        }

        return table;
    }

    private static AnalysisTable RelatednessDensityTable(RegionIndustryPanel panel, Matrix values, AnalysisOptions options)
    {
        var method = Option(options.Variant, "prob") switch
        {
            "prob" => RelatednessMethod.Probability,
            "association" => RelatednessMethod.Association,
            "cosine" => RelatednessMethod.Cosine,
            "jaccard" => RelatednessMethod.Jaccard,
            _ => throw Undeclared("variant", options.Variant),
        };
        var presence = LocationQuotient.Binary(LocationQuotient.Compute(values), options.Threshold);
        var relatedness = Relatedness.FromCoOccurrence(Relatedness.CoOccurrence(presence), method);
        return Cells(panel, "relatedness_density", RelatednessDensity.Compute(presence, relatedness, options.Rounding));
    }
}
