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
}
