using ClusterScope.Analytics;
using ClusterScope.Analytics.Complexity;
using ClusterScope.Analytics.Specialisation;

namespace ClusterScope.Data.Analysis;

public static partial class AnalysisRunner
{
    private static IReadOnlyList<MeasureDefinition> ComplexityMeasures =>
    [
        new("complexity", MeasureInput.RegionIndustry, "level,region,industry,measure,value", "Economic complexity in one run: diversity, ECI, COI per region; ubiquity, PCI per industry; COG per region and industry (py-ecomplexity 0.5.2; econgeo for EconGeo kci/tci)", "Economic complexity (ECI, PCI, COI, COG)", "经济复杂度（ECI、PCI、COI、COG）", ["include-self", "exclude-self"], ["pyecomplexity", "econgeo"], []) { Proximities = ProximityNames },
        new("proximity", MeasureInput.RegionIndustry, "industry_a,industry_b,proximity", "Product-space proximity of industry pairs (py-ecomplexity proximity; asymmetric = P(b | a), continuous = RCA correlation)", "Product-space proximity", "产品空间邻近度", ["minimum", "asymmetric", "continuous"], ["pyecomplexity", "econgeo"], []),
        new("density", MeasureInput.RegionIndustry, "region,industry,density", "Density around each industry, 0..1 (py-ecomplexity 0.5.2, the industry itself included by default)", "Density", "密度", ["include-self", "exclude-self"], ["pyecomplexity", "econgeo"], []) { Proximities = ProximityNames },
        new("reflections", MeasureInput.RegionIndustry, "region,reflection | industry,reflection", "Method of reflections after --steps N (EconGeo morc, default 20; --by industry for mort, default 19)", "Method of reflections", "反射法", [], [], ["region", "industry"]) { Parameters = ["steps"] },
    ];

    private static string[] ProximityNames => ["minimum", "asymmetric", "continuous"];

    private static AnalysisTable RunComplexity(string measure, RegionIndustryPanel panel, Matrix values, AnalysisOptions options) => measure switch
    {
        "complexity" => Complexity(panel, EconomicComplexity.Compute(values, ComplexityOptionsOf(options))),
        "proximity" => Proximity(panel, values, options),
        "density" => Cells(panel, "density", EconomicComplexity.Compute(values, ComplexityOptionsOf(options)).Density),
        "reflections" => Reflections(panel, values, options),
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
        Proximity = Option(options.Proximity, "minimum") switch
        {
            "minimum" => ProximityMeasure.MinimumConditional,
            "asymmetric" => ProximityMeasure.Asymmetric,
            "continuous" => ProximityMeasure.Continuous,
            _ => throw Undeclared("proximity", options.Proximity),
        },
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
        return Pairs(panel, "proximity", phi);
    }

    private static AnalysisTable Reflections(RegionIndustryPanel panel, Matrix values, AnalysisOptions options)
    {
        if (options.Steps is < 0)
        {
            throw new ArgumentException($"--steps {options.Steps}: the number of reflections is 0 or more.", nameof(options));
        }

        var presence = LocationQuotient.Binary(LocationQuotient.Compute(values), options.Threshold);
        return Option(options.By, "region") == "industry"
            ? PerIndustry(panel.Industries, "reflection", MethodOfReflections.Industries(presence, options.Steps ?? 19))
            : PerRegion(panel, "reflection", MethodOfReflections.Regions(presence, options.Steps ?? 20));
    }
}
