using ClusterScope.Analytics.ShiftShare;

namespace ClusterScope.Analytics.Tests.ShiftShare;

public partial class ShiftShareAnalysisTests
{
    // One region, two industries. Region: A 100 -> 120, B 50 -> 40. Nation: A 1000 -> 1100, B 1000 -> 1000.
    private static readonly Matrix Base = Matrix.From([[100, 50]]);
    private static readonly Matrix End = Matrix.From([[120, 40]]);
    private static readonly double[] NationBase = [1000, 1000];
    private static readonly double[] NationEnd = [1100, 1000];

    [Fact]
    public void Dunn_components_of_a_two_industry_region_are_checked_by_hand()
    {
        // E2/E1 = 2100/2000 = 1.05; national share 150 * 0.05 = 7.5;
        // mix 100 (1.1 - 1.05) + 50 (1 - 1.05) = 5 - 2.5 = 2.5; competitive (120 - 110) + (40 - 50) = 0; growth 160 - 150 = 10.
        var c = ShiftShareAnalysis.Dunn(Base, End, NationBase, NationEnd)[0];

        AnalyticsAssert.Close(10.0, c.Growth);
        AnalyticsAssert.Close(7.5, c.NationalShare);
        AnalyticsAssert.Close(2.5, c.IndustryMix);
        AnalyticsAssert.Close(0.0, c.Competitive);
        AnalyticsAssert.Close(2.5, c.NetTotalShift);
    }

    [Fact]
    public void Esteban_Marquillas_components_of_a_two_industry_region_are_checked_by_hand()
    {
        // Homothetic h = 150 * (0.5, 0.5) = (75, 75); advantages e_ij2/e_ij1 - e_i2/e_i1 = (1.2 - 1.1, 0.8 - 1) = (0.1, -0.2);
        // competitive 75 * 0.1 + 75 * (-0.2) = -7.5; allocation 25 * 0.1 + (-25) * (-0.2) = 7.5.
        var c = ShiftShareAnalysis.EstebanMarquillas(Base, End, NationBase, NationEnd)[0];

        AnalyticsAssert.Close(-7.5, c.Competitive);
        AnalyticsAssert.Close(7.5, c.Allocation);
        AnalyticsAssert.Close(2.5, c.IndustryMix);
    }

    [Fact]
    public void Gerfin_ratios_of_a_two_industry_region_are_checked_by_hand()
    {
        // At industry rates 100 * 1.1 + 50 * 1 = 160; mix (160/150)/1.05 = 1.015873...; regional (160/150)/(160/150) = 1;
        // total (160/150)/1.05.
        var c = ShiftShareAnalysis.Gerfin(Base, End, NationBase, NationEnd)[0];

        AnalyticsAssert.Close(160.0 / 150 / 1.05, c.IndustryMix);
        AnalyticsAssert.Close(1.0, c.RegionalFactor);
        AnalyticsAssert.Close(160.0 / 150 / 1.05, c.Total);
    }

    [Fact]
    public void Per_industry_components_are_checked_by_hand_in_both_conventions()
    {
        // Dunn: A national 100 * 0.05 = 5, mix 100 (1.1 - 1.05) = 5, competitive 120 - 110 = 10.
        // REAT: A national 100 (1.1 - 1) = 10 (national + mix), mix 0, competitive 10.
        var dunn = ShiftShareAnalysis.DunnPerIndustry(Base, End, NationBase, NationEnd);
        var reat = ShiftShareAnalysis.DunnPerIndustry(Base, End, NationBase, NationEnd, PerIndustryConvention.Reat);

        AnalyticsAssert.Close([5.0, 5.0, 10.0], [dunn.NationalShare[0, 0], dunn.IndustryMix[0, 0], dunn.Competitive[0, 0]]);
        AnalyticsAssert.Close([10.0, 0.0, 10.0], [reat.NationalShare[0, 0], reat.IndustryMix[0, 0], reat.Competitive[0, 0]]);
        AnalyticsAssert.Close(-10.0, reat.Growth[0, 1]);
    }
}
