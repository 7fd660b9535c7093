using ClusterScope.Analytics.Agglomeration;

namespace ClusterScope.Data.Analysis;

public static partial class AnalysisRunner
{
    /// <summary>Runs a plant-level measure (eg, ms, coagglomeration).</summary>
    /// <exception cref="ArgumentException">Not a plant-level measure, or a bad option.</exception>
    public static AnalysisTable Run(string measure, PlantRecords plants, AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(plants);
        ArgumentNullException.ThrowIfNull(options);
        var definition = Find(measure);
        CheckOptions(definition, options);
        if (definition.Input != MeasureInput.Plants)
        {
            throw new ArgumentException($"'{definition.Name}' reads region,industry,value, not plant records.", nameof(measure));
        }

        var employment = PlantEmployment.Aggregate(plants.RegionIndex, plants.IndustryIndex, plants.Employment, plants.Regions.Count, plants.Industries.Count);
        switch (definition.Name)
        {
            case "eg":
            {
                var eg = EllisonGlaeser.Agglomeration(employment);
                var table = new AnalysisTable(["industry", "eg_gamma", "herfindahl", "g_raw", "z_g", "plants"]);
                for (var i = 0; i < plants.Industries.Count; i++)
                {
                    table.Add(plants.Industries[i], eg.Gamma[i], eg.PlantHerfindahl[i], eg.G[i], eg.ZG[i], (double)eg.Plants[i]);
                }

                return table;
            }

            case "ms":
            {
                var ms = MaurelSedillot.Agglomeration(employment);
                var table = new AnalysisTable(["industry", "ms_gamma", "g_ms", "herfindahl"]);
                for (var i = 0; i < plants.Industries.Count; i++)
                {
                    table.Add(plants.Industries[i], ms.Gamma[i], ms.G[i], ms.PlantHerfindahl[i]);
                }

                return table;
            }

            case "coagglomeration-group":
                return GroupCoagglomeration(plants, employment, options);

            default:
            {
                var form = Option(options.Variant, "eg1997") switch
                {
                    "eg1997" => CoagglomerationForm.EllisonGlaeser1997,
                    "egk2010" => CoagglomerationForm.EllisonGlaeserKerr2010,
                    _ => throw Undeclared("variant", options.Variant),
                };
                var pairs = EllisonGlaeser.PairwiseCoagglomeration(employment, form);
                var table = new AnalysisTable(["industry_a", "industry_b", "coagglomeration"]);
                for (var a = 0; a < plants.Industries.Count; a++)
                {
                    for (var b = a + 1; b < plants.Industries.Count; b++)
                    {
                        table.Add(plants.Industries[a], plants.Industries[b], pairs[a, b]);
                    }
                }

                return table;
            }
        }
    }

    private static AnalysisTable GroupCoagglomeration(PlantRecords plants, PlantEmployment employment, AnalysisOptions options)
    {
        var labels = options.Group ?? plants.Industries;
        var group = labels.Select(label => plants.Industries.ToList().IndexOf(label.Trim()) is var k and >= 0 ? k
            : throw new ArgumentException($"--group: industry '{label}' is not in the file; it has {string.Join(", ", plants.Industries)}.", nameof(options))).ToArray();
        if (group.Distinct().Count() != group.Length)
        {
            throw new ArgumentException($"--group names an industry twice: {string.Join(",", labels)}.", nameof(options));
        }

        if (group.Length < 2)
        {
            throw new ArgumentException($"--group needs two or more industries; got {group.Length}.", nameof(options));
        }

        var result = EllisonGlaeser.Coagglomeration(employment, group);
        var table = new AnalysisTable(["industry", "weight", "coagglomeration", "g", "herfindahl"]);
        for (var m = 0; m < group.Length; m++)
        {
            table.Add(plants.Industries[group[m]], result.Weights[m], result.Gamma, result.G, result.PlantHerfindahl);
        }

        return table;
    }
}
