using ClusterScope.Analytics;
using ClusterScope.Analytics.ShiftShare;
using ClusterScope.Data.Analysis;

namespace ClusterScope.Data.Tests.Analysis;

public sealed partial class MeasureReachTests
{
    // Three years of A, B by x, y; the nation has a third region N the file leaves out.
    private const string Panel = "year,region,industry,value\n"
        + "2020,A,x,10\n2020,A,y,5\n2020,B,x,4\n2020,B,y,8\n"
        + "2021,A,x,12\n2021,A,y,5\n2021,B,x,5\n2021,B,y,9\n"
        + "2022,A,x,15\n2022,A,y,4\n2022,B,x,5\n2022,B,y,12\n";

    private const string Nation = "year,industry,value\n2020,x,100\n2020,y,50\n2021,x,110\n2021,y,52\n2022,x,118\n2022,y,60\n";

    private static readonly Matrix[] PanelYears =
    [
        Matrix.From([[10, 5], [4, 8]]), Matrix.From([[12, 5], [5, 9]]), Matrix.From([[15, 4], [5, 12]]),
    ];

    private static readonly Matrix NationYears = Matrix.From([[100, 50], [110, 52], [118, 60]]);

    private AnalysisTable RunPanel(string measure, AnalysisOptions options) =>
        AnalysisRunner.Run(measure, LongFormatReader.ReadRegionIndustry(Write("panel.csv", Panel)), options);

    private NationalTotals National() => LongFormatReader.ReadNational(Write("nation.csv", Nation));

    [Fact]
    public void Shift_share_with_a_national_file_uses_the_nations_totals_not_the_files_regions()
    {
        var table = RunPanel("shiftshare", new AnalysisOptions(National: National()));
        var expected = ShiftShareAnalysis.Dunn(PanelYears[0], PanelYears[2], NationYears.Row(0), NationYears.Row(2));
        Same(expected.Select(c => c.NationalShare).ToArray(), Column(table, "national_share"));
        Same(expected.Select(c => c.Competitive).ToArray(), Column(table, "competitive"));
        // A's national share by hand: 15 jobs in 2020 grow at the nation's 178 / 150: 15 * 28 / 150 = 2.8.
        Assert.Equal(2.8, Column(table, "national_share")[0], 12);
        var summed = RunPanel("shiftshare", new AnalysisOptions());
        Assert.NotEqual(Column(summed, "national_share"), Column(table, "national_share"));
    }

    [Theory]
    [InlineData("gerfin")]
    [InlineData("gerfin-dynamic")]
    [InlineData("gerfin-chained")]
    public void Gerfin_ratios_match_the_library_static_averaged_and_chained(string variant)
    {
        var table = RunPanel("shiftshare", new AnalysisOptions(Variant: variant, National: National()));
        Assert.Equal(["region", "industry_mix", "regional_factor", "total"], table.Columns);
        var expected = variant switch
        {
            "gerfin" => ShiftShareAnalysis.Gerfin(PanelYears[0], PanelYears[2], NationYears.Row(0), NationYears.Row(2)),
            "gerfin-dynamic" => ShiftShareAnalysis.GerfinDynamic(PanelYears, NationYears).Total,
            _ => ShiftShareAnalysis.GerfinDynamic(PanelYears, NationYears, GerfinAggregation.Product).Total,
        };
        Same(expected.Select(r => r.IndustryMix).ToArray(), Column(table, "industry_mix"));
        Same(expected.Select(r => r.RegionalFactor).ToArray(), Column(table, "regional_factor"));
        Same(expected.Select(r => r.Total).ToArray(), Column(table, "total"));
    }

    [Fact]
    public void Dynamic_Esteban_Marquillas_sums_the_yearly_components()
    {
        var table = RunPanel("shiftshare", new AnalysisOptions(Variant: "esteban-marquillas-dynamic"));
        var national = Matrix.From([[14, 13], [17, 14], [20, 16]]);
        var expected = ShiftShareAnalysis.EstebanMarquillasDynamic(PanelYears, national).Total;
        Same(expected.Select(c => c.Allocation).ToArray(), Column(table, "allocation"));
        Same(expected.Select(c => c.Competitive).ToArray(), Column(table, "competitive"));
    }

    [Theory]
    [InlineData("static", "dunn")]
    [InlineData("static", "reat")]
    [InlineData("dynamic", "dunn")]
    [InlineData("dynamic", "reat")]
    public void Shift_share_by_industry_matches_the_library_in_each_convention(string variant, string convention)
    {
        var table = RunPanel("shiftshare-industry", new AnalysisOptions(Variant: variant, Convention: convention, National: National()));
        var split = convention == "reat" ? PerIndustryConvention.Reat : PerIndustryConvention.Dunn;
        var expected = variant == "static"
            ? ShiftShareAnalysis.DunnPerIndustry(PanelYears[0], PanelYears[2], NationYears.Row(0), NationYears.Row(2), split)
            : ShiftShareAnalysis.DunnPerIndustryDynamic(PanelYears, NationYears, split);
        Same(expected.Growth, Column(table, "growth"));
        Same(expected.NationalShare, Column(table, "national_share"));
        Same(expected.IndustryMix, Column(table, "industry_mix"));
        Same(expected.Competitive, Column(table, "competitive"));
    }

    [Fact]
    public void Dunn_by_industry_adds_up_to_each_regions_components()
    {
        var byIndustry = RunPanel("shiftshare-industry", new AnalysisOptions(National: National()));
        var byRegion = RunPanel("shiftshare", new AnalysisOptions(National: National()));
        foreach (var column in new[] { "growth", "national_share", "industry_mix", "competitive", "net_total_shift" })
        {
            var cells = Column(byIndustry, column);
            var totals = Column(byRegion, column);
            Assert.Equal(totals[0], cells[0] + cells[1], 9);
            Assert.Equal(totals[1], cells[2] + cells[3], 9);
        }
    }

    [Fact]
    public void A_static_run_needs_the_two_ends_only_and_a_missing_national_total_is_named()
    {
        var partial = LongFormatReader.ReadNational(Write("part.csv", "year,industry,value\n2020,x,100\n2020,y,50\n2022,x,118\n"));
        Assert.Equal(2, RunPanel("shiftshare", new AnalysisOptions(National: LongFormatReader.ReadNational(Write("ends.csv", "year,industry,value\n2020,x,100\n2020,y,50\n2022,x,118\n2022,y,60\n")))).Rows.Count);
        var error = Assert.Throws<ArgumentException>(() => RunPanel("shiftshare", new AnalysisOptions(National: partial)));
        Assert.Contains("part.csv: no national total for industry 'y' in 2022", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("year,industry\n2020,x\n", "missing column(s) value")]
    [InlineData("year,industry,value\n20x0,x,1\n", "row 2, field 'year': '20x0' is not a year")]
    [InlineData("year,industry,value\n2020,x,-1\n", "row 2, field 'value': -1 is negative")]
    [InlineData("year,industry,value\n2020,x,1\n2020,x,2\n", "row 3: industry 'x', year 2020 already appears in row 2")]
    public void A_bad_national_file_is_answered_with_file_row_and_field(string text, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => LongFormatReader.ReadNational(Write("bad.csv", text)));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("bad.csv", error.Message, StringComparison.Ordinal);
    }
}
