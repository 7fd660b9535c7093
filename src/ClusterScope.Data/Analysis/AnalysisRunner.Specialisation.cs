using ClusterScope.Analytics;
using ClusterScope.Analytics.Specialisation;

namespace ClusterScope.Data.Analysis;

public static partial class AnalysisRunner
{
    private static ZeroTotals ZeroTotalsOf(AnalysisOptions options) => Option(options.Convention, "econgeo") switch
    {
        "econgeo" => ZeroTotals.Zero,
        "reat" => ZeroTotals.NaN,
        "pyecomplexity" => ZeroTotals.Drop,
        _ => throw Undeclared("convention", options.Convention),
    };

    private static AnalysisTable LocationQuotients(RegionIndustryPanel panel, Matrix values, AnalysisOptions options) =>
        Option(options.Variant, "classic") switch
        {
            "classic" => Cells(panel, "lq", LocationQuotient.Compute(values, ZeroTotalsOf(options), options.Rounding)),
            "additive" => Cells(panel, "lq", LocationQuotient.Additive(values, ZeroTotalsOf(options))),
            "standardised" => Cells(panel, "lq", LocationQuotient.Standardised(values, ZeroTotalsOf(options))),
            _ => throw Undeclared("variant", options.Variant),
        };

    private static AnalysisTable Rca(RegionIndustryPanel panel, Matrix values, AnalysisOptions options)
    {
        var unrounded = LocationQuotient.Compute(values, ZeroTotalsOf(options));
        var present = LocationQuotient.Binary(unrounded, options.Threshold);
        var shown = options.Rounding == Rounding.None ? unrounded : LocationQuotient.Compute(values, ZeroTotalsOf(options), options.Rounding);
        var table = new AnalysisTable(["region", "industry", "rca", "present"]);
        for (var r = 0; r < values.Rows; r++)
        {
            for (var i = 0; i < values.Columns; i++)
            {
                table.Add(panel.Regions[r], panel.Industries[i], shown[r, i], present[r, i]);
            }
        }

        return table;
    }

    private static AnalysisTable Krugman(RegionIndustryPanel panel, Matrix values, AnalysisOptions options)
    {
        var reference = Option(options.Variant, "total") switch
        {
            "total" => KrugmanReference.Total,
            "rest" => KrugmanReference.RestOfTotal,
            "mean-of-others" => KrugmanReference.MeanOfOthers,
            _ => throw Undeclared("variant", options.Variant),
        };
        return Option(options.By, "region") == "industry"
            ? PerIndustry(panel.Industries, "krugman", IndustryConcentration.Krugman(values, reference))
            : PerRegion(panel, "krugman", RegionalSpecialisation.Krugman(values, reference));
    }

    // A population file has always meant localisation per industry; --by region beside it would silently drop it, so it is refused.
    private static AnalysisTable Hoover(RegionIndustryPanel panel, Matrix values, AnalysisOptions options)
    {
        var by = options.By is null && options.Population is not null ? "industry" : Option(options.By, "region");
        if (by == "region" && options.Population is not null)
        {
            throw new ArgumentException("hoover --by region compares each region with the total; --population is read only with --by industry.", nameof(options));
        }

        return by == "region" ? PerRegion(panel, "hoover", RegionalSpecialisation.HooverCoefficient(values))
            : options.Population is null ? PerIndustry(panel.Industries, "hoover", IndustryConcentration.HooverVsTotal(values))
            : PerIndustry(panel.Industries, "hoover", IndustryConcentration.Hoover(values, PopulationOf(panel, options), options.Rounding));
    }

    private static AnalysisTable Herfindahl(RegionIndustryPanel panel, Matrix values, AnalysisOptions options)
    {
        var variant = Option(options.Variant, "raw") switch
        {
            "raw" => HerfindahlVariant.Raw,
            "normalised" => HerfindahlVariant.ReatNormalised,
            "equivalent" => HerfindahlVariant.EquivalentNumber,
            _ => throw Undeclared("variant", options.Variant),
        };
        return Option(options.By, "region") == "industry"
            ? PerIndustry(panel.Industries, "hhi", IndustryConcentration.Herfindahl(values, variant))
            : PerRegion(panel, "hhi", RegionalSpecialisation.Herfindahl(values, variant));
    }

    private static AnalysisTable Gini(RegionIndustryPanel panel, Matrix values, AnalysisOptions options)
    {
        var population = options.Population is null ? default : PopulationOf(panel, options);
        return Option(options.Variant, "lorenz") switch
        {
            "lorenz" when options.Population is not null => PerIndustry(panel.Industries, "gini", IndustryConcentration.Gini(values, GiniVariant.FrequencyWeighted, population)),
            "lorenz" => PerIndustry(panel.Industries, "gini", IndustryConcentration.Gini(values, options.Rounding == Rounding.EconGeo ? GiniVariant.EconGeo : GiniVariant.Lorenz)),
            "normalised" => PerIndustry(panel.Industries, "gini", IndustryConcentration.Gini(values, GiniVariant.ReatNormalised)),
            "locational" => PerIndustry(panel.Industries, "gini", IndustryConcentration.LocationalGini(values)),
            "locational-full" => PerIndustry(panel.Industries, "gini", IndustryConcentration.LocationalGini(values, LocationalGiniScale.FullScale)),
            "lq" => PerIndustry(panel.Industries, "gini", IndustryConcentration.LocationQuotientGini(values)),
            "hoover" => PerIndustry(panel.Industries, "gini", IndustryConcentration.HooverGini(values, PopulationFor(panel, options, "hoover"), options.Rounding)),
            "reat-weighted" => PerIndustry(panel.Industries, "gini", IndustryConcentration.Gini(values, GiniVariant.ReatWeighted, PopulationFor(panel, options, "reat-weighted"))),
            _ => throw Undeclared("variant", options.Variant),
        };
    }

    private static AnalysisTable Theil(RegionIndustryPanel panel, Matrix values, AnalysisOptions options)
    {
        var convention = Option(options.Convention, "theil1967") switch
        {
            "theil1967" => TheilConvention.Theil1967,
            "reat" => TheilConvention.Reat,
            _ => throw Undeclared("convention", options.Convention),
        };
        return Option(options.Variant, "t") switch
        {
            "t" => PerRegion(panel, "theil", RegionalSpecialisation.TheilT(values, convention: convention)),
            "l" => PerRegion(panel, "theil", RegionalSpecialisation.TheilL(values, convention: convention)),
            _ => throw Undeclared("variant", options.Variant),
        };
    }

    private static double[] PopulationFor(RegionIndustryPanel panel, AnalysisOptions options, string variant) =>
        options.Population is null
            ? throw new ArgumentException($"gini --variant {variant} weighs regions by population: give --population FILE (region,population).", nameof(options))
            : PopulationOf(panel, options);

    private static double[] PopulationOf(RegionIndustryPanel panel, AnalysisOptions options) =>
        panel.Regions.Select(r => options.Population!.TryGetValue(r, out var p) ? p
            : throw new ArgumentException($"The population file has no row for region '{r}'.", nameof(options))).ToArray();
}
