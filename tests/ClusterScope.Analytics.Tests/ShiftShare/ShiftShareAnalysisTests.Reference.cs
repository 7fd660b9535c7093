using ClusterScope.Analytics.ShiftShare;

namespace ClusterScope.Analytics.Tests.ShiftShare;

public partial class ShiftShareAnalysisTests
{
    private static readonly Matrix[] Panel = Case04Panel.Regional;
    private static readonly Matrix Nation = Case04Panel.National;

    [Fact]
    public void Static_components_match_REAT_shift_on_case_04()
    {
        var expected = ReferenceTable.Load("04_shift_share/expected/reat_shift_static.csv");
        var (first, last) = (0, Panel.Length - 1);
        var dunn = ShiftShareAnalysis.Dunn(Panel[first], Panel[last], Nation.Row(first), Nation.Row(last));
        var esteban = ShiftShareAnalysis.EstebanMarquillas(Panel[first], Panel[last], Nation.Row(first), Nation.Row(last));
        var gerfin = ShiftShareAnalysis.Gerfin(Panel[first], Panel[last], Nation.Row(first), Nation.Row(last));

        AssertRegionRows(expected, (region, method, component) => method switch
        {
            "Dunn" => Case04Panel.Component(dunn[region], component),
            "Esteban" => Case04Panel.Component(esteban[region], component),
            _ => Case04Panel.Component(gerfin[region], component),
        });
    }

    [Fact]
    public void Dynamic_components_match_REAT_shiftd_on_case_04()
    {
        var expected = ReferenceTable.Load("04_shift_share/expected/reat_shiftd_dynamic.csv");
        var dunn = ShiftShareAnalysis.DunnDynamic(Panel, Nation).Total;
        var esteban = ShiftShareAnalysis.EstebanMarquillasDynamic(Panel, Nation).Total;
        var gerfin = ShiftShareAnalysis.GerfinDynamic(Panel, Nation).Total;

        AssertRegionRows(expected, (region, method, component) => method switch
        {
            "Dunn" => Case04Panel.Component(dunn[region], component),
            "Esteban" => Case04Panel.Component(esteban[region], component),
            _ => Case04Panel.Component(gerfin[region], component),
        });
    }

    [Fact]
    public void Yearly_components_match_REAT_shiftd_on_case_04()
    {
        var expected = ReferenceTable.Load("04_shift_share/expected/reat_shiftd_yearly_components.csv");
        var dunn = ShiftShareAnalysis.DunnDynamic(Panel, Nation).ByPeriod;
        var esteban = ShiftShareAnalysis.EstebanMarquillasDynamic(Panel, Nation).ByPeriod;
        var gerfin = ShiftShareAnalysis.GerfinDynamic(Panel, Nation).ByPeriod;
        foreach (var row in expected.Rows)
        {
            var (region, method, period, component) = (Case04Panel.RegionIndex(row[0]), row[1], Case04Panel.YearIndex(row[2][..4]), row[3]);
            var actual = method switch
            {
                "Dunn" => Case04Panel.Component(dunn[period][region], component),
                "Esteban" => Case04Panel.Component(esteban[period][region], component),
                _ => Case04Panel.Component(gerfin[period][region], component),
            };
            AnalyticsAssert.Close(ReferenceTable.ParseNumber(row[4]), actual, what: string.Join(' ', row[..4]));
        }

        Assert.Equal(234, expected.Rows.Count);
    }

    [Fact]
    public void Per_industry_components_match_REAT_shifti_on_case_04()
    {
        var expected = ReferenceTable.Load("04_shift_share/expected/reat_shifti_per_industry_static.csv");
        var last = Panel.Length - 1;
        var result = ShiftShareAnalysis.DunnPerIndustry(Panel[0], Panel[last], Nation.Row(0), Nation.Row(last), PerIndustryConvention.Reat);

        AssertIndustryRows(expected, result);
    }

    [Fact]
    public void Dynamic_per_industry_components_match_REAT_shiftid_on_case_04()
    {
        var expected = ReferenceTable.Load("04_shift_share/expected/reat_shiftid_per_industry_dynamic.csv");
        var result = ShiftShareAnalysis.DunnPerIndustryDynamic(Panel, Nation, PerIndustryConvention.Reat);

        AssertIndustryRows(expected, result);
    }

    private static void AssertRegionRows(ReferenceTable expected, Func<int, string, string, double> actual)
    {
        foreach (var row in expected.Rows)
        {
            AnalyticsAssert.Close(ReferenceTable.ParseNumber(row[5]), actual(Case04Panel.RegionIndex(row[0]), row[1], row[4]),
                what: $"{row[0]} {row[1]} {row[4]}");
        }

        Assert.Equal(39, expected.Rows.Count);
    }

    private static void AssertIndustryRows(ReferenceTable expected, PerIndustryShiftShare result)
    {
        foreach (var row in expected.Rows)
        {
            var actual = Case04Panel.Component(result, Case04Panel.RegionIndex(row[0]), Case04Panel.IndustryIndex(row[2]), row[3]);
            AnalyticsAssert.Close(ReferenceTable.ParseNumber(row[4]), actual, what: $"{row[0]} {row[2]} {row[3]}");
        }

        Assert.Equal(108, expected.Rows.Count);
    }
}
