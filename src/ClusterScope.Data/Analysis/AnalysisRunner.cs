using System.Diagnostics;
using ClusterScope.Analytics;

namespace ClusterScope.Data.Analysis;

/// <summary>Runs a named measure of ClusterScope.Analytics on long-format input and returns a long-format table.</summary>
/// <remarks>The measures, their defaults and options are documented in <c>docs/analytics/</c>; this class only maps names and
/// labels onto the library's functions, so the CLI, the API and the web page give the same numbers.</remarks>
public static partial class AnalysisRunner
{
    /// <summary>Every measure, in the order the CLI lists them.</summary>
    public static IReadOnlyList<MeasureDefinition> Measures { get; } =
    [
        new("lq", MeasureInput.RegionIndustry, "region,industry,lq", "Location quotient per region and industry (EconGeo location_quotient; reat, pyecomplexity: NaN on empty rows)", "Location quotient", "区位商", ["classic", "additive", "standardised"], ["econgeo", "reat", "pyecomplexity"], []),
        new("rca", MeasureInput.RegionIndustry, "region,industry,rca,present", "Revealed comparative advantage (Balassa) and presence (rca >= threshold); --rounding econgeo rounds as EconGeo rca", "Revealed comparative advantage", "显示性比较优势", [], ["econgeo", "reat", "pyecomplexity"], []),
        new("krugman", MeasureInput.RegionIndustry, "region,krugman | industry,krugman", "Krugman index per region against the total, the rest or the mean of the others (REAT krugman.spec, spec2); --by industry: krugman.conc", "Krugman specialisation index", "克鲁格曼专业化指数", ["total", "rest", "mean-of-others"], [], ["region", "industry"]),
        new("hoover", MeasureInput.RegionIndustry, "region,hoover | industry,hoover", "Hoover specialisation coefficient per region; --by industry: localisation against the total, or against --population (EconGeo hoover_index)", "Hoover coefficient", "胡佛系数", [], [], ["region", "industry"]),
        new("hhi", MeasureInput.RegionIndustry, "region,hhi | industry,hhi", "Herfindahl-Hirschman index per region, or per industry over regions with --by industry", "Herfindahl-Hirschman index", "赫芬达尔-赫希曼指数", ["raw", "normalised", "equivalent"], [], ["region", "industry"]),
        new("gini", MeasureInput.RegionIndustry, "industry,gini", "Gini of each industry across regions (lorenz weighted with --population; hoover = EconGeo hoover_gini and reat-weighted = REAT gini(weighting) need --population)", "Gini coefficient", "基尼系数", ["lorenz", "normalised", "locational", "locational-full", "lq", "hoover", "reat-weighted"], [], []),
        new("gini-spec", MeasureInput.RegionIndustry, "region,gini", "Gini of each region's location quotients over industries (REAT gini.spec)", "Specialisation Gini", "专业化基尼系数"),
        new("entropy", MeasureInput.RegionIndustry, "region,entropy", "Shannon entropy in bits of each region's industry mix (--rounding econgeo)", "Entropy of the industry mix", "产业结构熵"),
        new("hachman", MeasureInput.RegionIndustry, "region,hachman", "Hachman index 1 / sum_i s_ri LQ_ri, 0..1 (EconGeo hachman)", "Hachman index", "哈克曼指数"),
        new("theil", MeasureInput.RegionIndustry, "region,theil", "Theil T or L of each region's values over industries (REAT theil is l with --convention reat: NA on any zero)", "Theil index", "泰尔指数", ["t", "l"], ["theil1967", "reat"], []),
        new("shiftshare", MeasureInput.RegionIndustry, "region,growth,national_share,industry_mix,competitive,net_total_shift", "Shift-share per region between --base-year and --end-year (REAT shift/shiftd); nation = the file's regions or --national FILE", "Shift-share analysis", "偏离-份额分析", ["dunn", "esteban-marquillas", "gerfin", "dynamic", "esteban-marquillas-dynamic", "gerfin-dynamic", "gerfin-chained"], [], []) { Parameters = ["national"], IsPanel = true },
        new("shiftshare-industry", MeasureInput.RegionIndustry, "region,industry,growth,national_share,industry_mix,competitive,net_total_shift", "Shift-share per region and industry (--convention reat as REAT shifti/shiftid); --national FILE", "Shift-share by industry", "分行业偏离-份额分析", ["static", "dynamic"], ["dunn", "reat"], []) { Parameters = ["national"], IsPanel = true },
        new("eg", MeasureInput.Plants, "industry,eg_gamma,herfindahl,g_raw,z_g,plants", "Ellison-Glaeser agglomeration (REAT ellison.a2)", "Ellison-Glaeser agglomeration", "EG 产业集聚指数"),
        new("ms", MeasureInput.Plants, "industry,ms_gamma,g_ms,herfindahl", "Maurel-Sedillot agglomeration", "Maurel-Sédillot agglomeration", "MS 产业集聚指数"),
        new("coagglomeration", MeasureInput.Plants, "industry_a,industry_b,coagglomeration", "Ellison-Glaeser (1997, eq. 5) co-agglomeration of every pair of industries", "Co-agglomeration of industry pairs", "产业协同集聚指数", ["eg1997", "egk2010"], [], []),
        new("coagglomeration-group", MeasureInput.Plants, "industry,weight,coagglomeration,g,herfindahl", "Ellison-Glaeser (1997, eq. 5) co-agglomeration of one group (--group a,b,c; default every industry), with G and H of the group", "Co-agglomeration of a group of industries", "产业组协同集聚指数") { Parameters = ["group"] },
        .. ComplexityMeasures,
        .. RelatednessMeasures,
    ];

    /// <summary>The definition of a measure.</summary>
    /// <exception cref="ArgumentException">No such measure; the message lists them.</exception>
    public static MeasureDefinition Find(string measure) =>
        Measures.FirstOrDefault(m => string.Equals(m.Name, measure, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown measure '{measure}'; use one of: {string.Join(", ", Measures.Select(m => m.Name))}.", nameof(measure));

    /// <summary>Runs a region x industry measure, per year when the file has years and no <see cref="AnalysisOptions.Year"/> is given.</summary>
    /// <exception cref="ArgumentException">A bad option, or input the measure cannot take (the message says which).</exception>
    public static AnalysisTable Run(string measure, RegionIndustryPanel panel, AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(options);
        var definition = Find(measure);
        CheckOptions(definition, options);
        if (definition.Input != MeasureInput.RegionIndustry)
        {
            throw new ArgumentException($"'{definition.Name}' reads plant records (plant,region,industry,employment), not region,industry,value.", nameof(measure));
        }

        if (definition.Name == "shiftshare")
        {
            return ShiftShare(panel, options);
        }

        if (definition.Name == "shiftshare-industry")
        {
            return ShiftSharePerIndustry(panel, options);
        }

        if (options.Year is not null || panel.Years.Count == 0)
        {
            return RunOne(definition.Name, panel, panel.For(options.Year), options);
        }

        return AnalysisTable.Concat(panel.Years.Select(y => RunOne(definition.Name, panel, panel.For(y), options).Prefixed("year", y)).ToList());
    }

    private static AnalysisTable RunOne(string measure, RegionIndustryPanel panel, Matrix values, AnalysisOptions options) => measure switch
    {
        "lq" => LocationQuotients(panel, values, options),
        "rca" => Rca(panel, values, options),
        "krugman" => Krugman(panel, values, options),
        "hoover" => Hoover(panel, values, options),
        "hhi" => Herfindahl(panel, values, options),
        "gini" => Gini(panel, values, options),
        "entropy" => PerRegion(panel, "entropy", Analytics.Specialisation.RegionalSpecialisation.Entropy(values, options.Rounding)),
        "gini-spec" => PerRegion(panel, "gini", Analytics.Specialisation.RegionalSpecialisation.LocationQuotientGini(values)),
        "hachman" => PerRegion(panel, "hachman", Analytics.Specialisation.RegionalSpecialisation.Hachman(values)),
        "theil" => Theil(panel, values, options),
        _ when measure.StartsWith("relatedness", StringComparison.Ordinal) || measure == "co-occurrence" => RunRelatedness(measure, panel, values, options),
        _ => RunComplexity(measure, panel, values, options),
    };

    private static AnalysisTable PerRegion(RegionIndustryPanel panel, string column, double[] values)
    {
        var table = new AnalysisTable(["region", column]);
        for (var r = 0; r < panel.Regions.Count; r++)
        {
            table.Add(panel.Regions[r], values[r]);
        }

        return table;
    }

    private static AnalysisTable PerIndustry(IReadOnlyList<string> industries, string column, double[] values)
    {
        var table = new AnalysisTable(["industry", column]);
        for (var i = 0; i < industries.Count; i++)
        {
            table.Add(industries[i], values[i]);
        }

        return table;
    }

    private static AnalysisTable Cells(RegionIndustryPanel panel, string column, Matrix values)
    {
        var table = new AnalysisTable(["region", "industry", column]);
        for (var r = 0; r < values.Rows; r++)
        {
            for (var i = 0; i < values.Columns; i++)
            {
                table.Add(panel.Regions[r], panel.Industries[i], values[r, i]);
            }
        }

        return table;
    }

    /// <summary>Refuses an option value the measure does not offer, naming the option and the values it accepts.</summary>
    /// <exception cref="ArgumentException">The option and the accepted values (or that the measure has no such option).</exception>
    public static void CheckOptions(MeasureDefinition definition, AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(options);
        foreach (var (option, value, accepted) in new[]
                 {
                     ("variant", options.Variant, definition.Variants), ("convention", options.Convention, definition.Conventions),
                     ("by", options.By, definition.By), ("proximity", options.Proximity, definition.Proximities),
                 })
        {
            if (OptionError(definition, "--" + option, value, accepted) is { } message)
            {
                throw new ArgumentException(message, option);
            }
        }

        foreach (var (option, given) in new[] { ("steps", options.Steps is not null), ("group", options.Group is not null), ("national", options.National is not null) })
        {
            if (given && !definition.Parameters.Contains(option))
            {
                throw new ArgumentException($"--{option}: '{definition.Name}' has no --{option}; leave it out.", option);
            }
        }
    }

    /// <summary>Why <paramref name="value"/> is not one of <paramref name="accepted"/> for the measure, or null when it is (or absent).</summary>
    /// <param name="definition">The measure.</param>
    /// <param name="shownAs">The option as the caller knows it: <c>--variant</c> on the command line, <c>variant</c> in the API.</param>
    /// <param name="value">The value given; null when the option was left out.</param>
    /// <param name="accepted">The values the measure declares for the option, the default first.</param>
    public static string? OptionError(MeasureDefinition definition, string shownAs, string? value, IReadOnlyList<string> accepted)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(accepted);
        if (value is null || accepted.Contains(value.Trim().ToLowerInvariant()))
        {
            return null;
        }

        return accepted.Count == 0
            ? $"{shownAs} '{value}': '{definition.Name}' has no {shownAs}; leave it out."
            : $"{shownAs} '{value}' is not offered by '{definition.Name}'; use one of: {string.Join(", ", accepted)} (default {accepted[0]}).";
    }

    private static string Option(string? value, string fallback) => (value ?? fallback).Trim().ToLowerInvariant();

    // CheckOptions has refused every value a measure does not declare; reaching this means a declared value has no branch.
    private static UnreachableException Undeclared(string option, string? value) =>
        new($"--{option} '{value}' is declared by the measure but has no computation.");
}
