using ClusterScope.Analytics;
using ClusterScope.Analytics.ShiftShare;

namespace ClusterScope.Data.Analysis;

public static partial class AnalysisRunner
{
    // The nation is the sum of the file's regions: the caller decides what the file covers (ANALYTICS-NOTES §5).
    private static AnalysisTable ShiftShare(RegionIndustryPanel panel, AnalysisOptions options)
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

        var variant = Option(options.Variant, "dunn");
        if (variant == "dynamic")
        {
            var years = panel.Years.Where(y => y >= first && y <= last).ToList();
            var regional = years.Select(y => panel.For(y)).ToList();
            var national = new Matrix(years.Count, panel.Industries.Count);
            for (var t = 0; t < years.Count; t++)
            {
                regional[t].ColumnSums().CopyTo(national.RowSpan(t));
            }

            return DunnTable(panel, ShiftShareAnalysis.DunnDynamic(regional, national).Total);
        }

        var (start, end) = (panel.For(first), panel.For(last));
        return variant switch
        {
            "dunn" => DunnTable(panel, ShiftShareAnalysis.Dunn(start, end, start.ColumnSums(), end.ColumnSums())),
            "esteban-marquillas" => EstebanMarquillasTable(panel, ShiftShareAnalysis.EstebanMarquillas(start, end, start.ColumnSums(), end.ColumnSums())),
            _ => throw Undeclared("variant", options.Variant),
        };
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
}
