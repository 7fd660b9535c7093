using ClusterScope.Analytics;
using ClusterScope.Analytics.ShiftShare;

namespace ClusterScope.Data.Analysis;

public static partial class AnalysisRunner
{
    private static AnalysisTable ShiftShare(RegionIndustryPanel panel, AnalysisOptions options)
    {
        var years = PeriodOf(panel, options, Option(options.Variant, "dunn").Contains("dynamic", StringComparison.Ordinal)
            || Option(options.Variant, "dunn") == "gerfin-chained");
        var regional = years.Select(y => panel.For(y)).ToList();
        var national = NationalOf(panel, options, years);
        var (start, end) = (regional[0], regional[^1]);
        var nationalStart = national.Row(0);
        var nationalEnd = national.Row(years.Count - 1);
        return Option(options.Variant, "dunn") switch
        {
            "dunn" => DunnTable(panel, ShiftShareAnalysis.Dunn(start, end, nationalStart, nationalEnd)),
            "esteban-marquillas" => EstebanMarquillasTable(panel, ShiftShareAnalysis.EstebanMarquillas(start, end, nationalStart, nationalEnd)),
            "gerfin" => GerfinTable(panel, ShiftShareAnalysis.Gerfin(start, end, nationalStart, nationalEnd)),
            "dynamic" => DunnTable(panel, ShiftShareAnalysis.DunnDynamic(regional, national).Total),
            "esteban-marquillas-dynamic" => EstebanMarquillasTable(panel, ShiftShareAnalysis.EstebanMarquillasDynamic(regional, national).Total),
            "gerfin-dynamic" => GerfinTable(panel, ShiftShareAnalysis.GerfinDynamic(regional, national).Total),
            "gerfin-chained" => GerfinTable(panel, ShiftShareAnalysis.GerfinDynamic(regional, national, GerfinAggregation.Product).Total),
            _ => throw Undeclared("variant", options.Variant),
        };
    }

    private static AnalysisTable ShiftSharePerIndustry(RegionIndustryPanel panel, AnalysisOptions options)
    {
        var years = PeriodOf(panel, options, Option(options.Variant, "static") == "dynamic");
        var regional = years.Select(y => panel.For(y)).ToList();
        var national = NationalOf(panel, options, years);
        var convention = Option(options.Convention, "dunn") switch
        {
            "dunn" => PerIndustryConvention.Dunn,
            "reat" => PerIndustryConvention.Reat,
            _ => throw Undeclared("convention", options.Convention),
        };
        var result = Option(options.Variant, "static") switch
        {
            "static" => ShiftShareAnalysis.DunnPerIndustry(regional[0], regional[^1], national.Row(0), national.Row(years.Count - 1), convention),
            "dynamic" => ShiftShareAnalysis.DunnPerIndustryDynamic(regional, national, convention),
            _ => throw Undeclared("variant", options.Variant),
        };
        var table = new AnalysisTable(["region", "industry", "growth", "national_share", "industry_mix", "competitive", "net_total_shift"]);
        for (var r = 0; r < panel.Regions.Count; r++)
        {
            for (var i = 0; i < panel.Industries.Count; i++)
            {
                table.Add(panel.Regions[r], panel.Industries[i], result.Growth[r, i], result.NationalShare[r, i], result.IndustryMix[r, i],
                    result.Competitive[r, i], result.NetTotalShift(r, i));
            }
        }

        return table;
    }

    // A static variant needs the base and end years only (so a national file may hold just those); a dynamic one every year between.
    private static List<int> PeriodOf(RegionIndustryPanel panel, AnalysisOptions options, bool everyYear)
    {
        if (panel.Years.Count < 2)
        {
            throw new ArgumentException("Shift-share needs a year column with at least two years.", nameof(panel));
        }

        var first = options.BaseYear ?? panel.Years[0];
        var last = options.EndYear ?? panel.Years[^1];
        if (first >= last)
        {
            throw new ArgumentException($"--base-year {first} must come before --end-year {last}.", nameof(options));
        }

        panel.For(first);
        panel.For(last);
        return everyYear ? panel.Years.Where(y => y >= first && y <= last).ToList() : [first, last];
    }

    // Without --national the nation is the sum of the file's regions: the caller decides what the file covers (ANALYTICS-NOTES §5).
    private static Matrix NationalOf(RegionIndustryPanel panel, AnalysisOptions options, List<int> years)
    {
        var national = new Matrix(years.Count, panel.Industries.Count);
        for (var t = 0; t < years.Count; t++)
        {
            var totals = options.National is { } file ? file.For(years[t], panel.Industries) : panel.For(years[t]).ColumnSums();
            totals.CopyTo(national.RowSpan(t));
        }

        return national;
    }

    private static AnalysisTable DunnTable(RegionIndustryPanel panel, DunnComponents[] components)
    {
        var table = new AnalysisTable(["region", "growth", "national_share", "industry_mix", "competitive", "net_total_shift"]);
        for (var r = 0; r < components.Length; r++)
        {
            var c = components[r];
            table.Add(panel.Regions[r], c.Growth, c.NationalShare, c.IndustryMix, c.Competitive, c.NetTotalShift);
        }

        return table;
    }

    private static AnalysisTable EstebanMarquillasTable(RegionIndustryPanel panel, EstebanMarquillasComponents[] components)
    {
        var table = new AnalysisTable(["region", "growth", "national_share", "industry_mix", "competitive", "allocation"]);
        for (var r = 0; r < components.Length; r++)
        {
            var c = components[r];
            table.Add(panel.Regions[r], c.Growth, c.NationalShare, c.IndustryMix, c.Competitive, c.Allocation);
        }

        return table;
    }

    private static AnalysisTable GerfinTable(RegionIndustryPanel panel, GerfinRatios[] ratios)
    {
        var table = new AnalysisTable(["region", "industry_mix", "regional_factor", "total"]);
        for (var r = 0; r < ratios.Length; r++)
        {
            table.Add(panel.Regions[r], ratios[r].IndustryMix, ratios[r].RegionalFactor, ratios[r].Total);
        }

        return table;
    }
}
