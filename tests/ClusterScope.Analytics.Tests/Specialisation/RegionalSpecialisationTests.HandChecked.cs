using ClusterScope.Analytics.Specialisation;

namespace ClusterScope.Analytics.Tests.Specialisation;

public partial class RegionalSpecialisationTests
{
    [Fact]
    public void Herfindahl_and_entropy_of_one_region_are_checked_by_hand()
    {
        // Shares .25, .25, .5: H = .0625 + .0625 + .25 = .375; normalised (.375 - 1/3)/(2/3) = .0625; 1/H = 8/3
        // Entropy = .25*2 + .25*2 + .5*1 = 1.5 bits
        var region = Matrix.From([[1, 1, 2]]);
        AnalyticsAssert.Close(0.375, RegionalSpecialisation.Herfindahl(region)[0]);
        AnalyticsAssert.Close(0.0625, RegionalSpecialisation.Herfindahl(region, HerfindahlVariant.ReatNormalised)[0]);
        AnalyticsAssert.Close(8.0 / 3, RegionalSpecialisation.Herfindahl(region, HerfindahlVariant.EquivalentNumber)[0]);
        AnalyticsAssert.Close(1.5, RegionalSpecialisation.Entropy(region)[0]);
    }

    [Fact]
    public void Krugman_Hoover_Hachman_and_diversity_of_the_worked_example_are_checked_by_hand()
    {
        // Region 0 shares .25, .75; total shares .4, .6: K = .15 + .15 = .3, Hoover .15
        // Rest of total is region 1 with shares .5, .5: K = .25 + .25 = .5
        // LQ .625, 1.25: sum s LQ = .15625 + .9375 = 1.09375, Hachman = 1/1.09375; one LQ >= 1
        var x = Matrix.From([[10, 30], [30, 30]]);
        AnalyticsAssert.Close(0.3, RegionalSpecialisation.Krugman(x)[0]);
        AnalyticsAssert.Close(0.15, RegionalSpecialisation.HooverCoefficient(x)[0]);
        AnalyticsAssert.Close(0.5, RegionalSpecialisation.Krugman(x, KrugmanReference.RestOfTotal)[0]);
        AnalyticsAssert.Close(0.5, RegionalSpecialisation.Krugman(x, KrugmanReference.MeanOfOthers)[0]);
        AnalyticsAssert.Close(1 / 1.09375, RegionalSpecialisation.Hachman(x)[0]);
        Assert.Equal(1, RegionalSpecialisation.Diversity(x)[0]);
    }

    [Fact]
    public void Mean_of_others_averages_shares_without_weighting_by_size()
    {
        // Region 0 shares (1, 0); region 1 (0, 1) with total 10; region 2 (.5, .5) with total 1000.
        // Mean of others for region 0: (.25, .75): K = .75 + .75 = 1.5; rest of total (500, 510) -> K = 2 * 510/1010
        var x = Matrix.From([[5, 0], [0, 10], [500, 500]]);
        AnalyticsAssert.Close(1.5, RegionalSpecialisation.Krugman(x, KrugmanReference.MeanOfOthers)[0]);
        AnalyticsAssert.Close(2 * 510.0 / 1010, RegionalSpecialisation.Krugman(x, KrugmanReference.RestOfTotal)[0]);
    }

    [Fact]
    public void Related_and_unrelated_variety_are_checked_by_hand()
    {
        // Shares .125, .125, .25, .5 in groups A, A, B, B: P_A = .25, P_B = .75
        // UV = -(.25 log2 .25 + .75 log2 .75); RV = .25 * 1 + .75 * H(1/3, 2/3); total = 1.75 bits
        var variety = RegionalSpecialisation.Variety(Matrix.From([[1, 1, 2, 4]]), ["A", "A", "B", "B"])[0];
        var unrelated = -((0.25 * Math.Log2(0.25)) + (0.75 * Math.Log2(0.75)));
        var withinB = -((Math.Log2(1.0 / 3) / 3) + (2.0 / 3 * Math.Log2(2.0 / 3)));
        AnalyticsAssert.Close(unrelated, variety.Unrelated);
        AnalyticsAssert.Close(0.25 + (0.75 * withinB), variety.Related);
        AnalyticsAssert.Close(1.75, variety.Total);
    }

    [Fact]
    public void A_zero_total_region_gives_NaN_and_zero_diversity()
    {
        var x = Matrix.From([[1, 2], [0, 0]]);
        Assert.True(double.IsNaN(RegionalSpecialisation.Herfindahl(x)[1]));
        Assert.True(double.IsNaN(RegionalSpecialisation.Entropy(x)[1]));
        Assert.True(double.IsNaN(RegionalSpecialisation.Krugman(x)[1]));
        Assert.True(double.IsNaN(RegionalSpecialisation.Hachman(x)[1]));
        Assert.Equal(0, RegionalSpecialisation.Diversity(x)[1]);
    }

    [Fact]
    public void EconGeo_entropy_fudge_shifts_the_value_by_more_than_the_tolerance()
    {
        // Two equal shares: exact 1 bit; EconGeo -2 * .5 log2(.5 + 1e-9) = log2 of (1/(.5 + 1e-9)) < 1 by about 2.9e-9
        var exact = Entropy.Shannon([1, 1]);
        var fudged = -Math.Log2(0.5 + 1e-9);
        Assert.Equal(1.0, exact);
        Assert.True(Math.Abs(exact - fudged) > 1e-9);
        Assert.Equal(1.0, Entropy.Shannon([1, 1], Rounding.EconGeo));
    }
}
