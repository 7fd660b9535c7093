using ClusterScope.Analytics.Specialisation;

namespace ClusterScope.Analytics.Tests.Specialisation;

public class TheilTests
{
    [Fact]
    public void Theil_T_and_L_are_checked_by_hand()
    {
        // (1, 3): mu = 2; T = .5 (.5 ln .5) + .5 (1.5 ln 1.5); L = .5 ln 2 + .5 ln(2/3)
        AnalyticsAssert.Close((0.5 * 0.5 * Math.Log(0.5)) + (0.5 * 1.5 * Math.Log(1.5)), Theil.T([1, 3]));
        AnalyticsAssert.Close((0.5 * Math.Log(2)) + (0.5 * Math.Log(2.0 / 3)), Theil.L([1, 3]));
    }

    [Fact]
    public void Weighted_Theil_uses_the_weighted_mean()
    {
        // w = (.25, .75): mu = 2.5; T = .25 (.4 ln .4) + .75 (1.2 ln 1.2); L = .25 ln 2.5 + .75 ln(2.5/3)
        AnalyticsAssert.Close((0.25 * 0.4 * Math.Log(0.4)) + (0.75 * 1.2 * Math.Log(1.2)), Theil.T([1, 3], [0.25, 0.75]));
        AnalyticsAssert.Close((0.25 * Math.Log(2.5)) + (0.75 * Math.Log(2.5 / 3)), Theil.L([1, 3], [0.25, 0.75]));
    }

    [Fact]
    public void Equal_weights_give_the_unweighted_value_unlike_REAT()
    {
        // REAT's weighted form with weights (1,1,1,1) returns a quarter of the unweighted value; weights summing to 1 do not.
        double[] x = [1, 2, 4, 8];
        AnalyticsAssert.Close(Theil.L(x), Theil.L(x, [0.25, 0.25, 0.25, 0.25]));
        Assert.Throws<ArgumentException>(() => Theil.L(x, [1, 1, 1, 1]));
    }

    [Fact]
    public void A_zero_value_counts_as_0_in_T_makes_L_infinite_and_gives_NaN_under_REAT()
    {
        AnalyticsAssert.Close(Math.Log(2), Theil.T([0, 2]));
        Assert.Equal(double.PositiveInfinity, Theil.L([0, 2]));
        Assert.True(double.IsNaN(Theil.L([0, 2], convention: TheilConvention.Reat)));
        Assert.True(double.IsNaN(Theil.T([0, 2], convention: TheilConvention.Reat)));
    }

    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    public void Theil_indices_are_non_negative_zero_for_equal_values_and_scale_free(int seed)
    {
        var random = new Random(seed);
        var x = Enumerable.Range(0, 20).Select(_ => 0.5 + (random.NextDouble() * 50)).ToArray();
        Assert.True(Theil.T(x) >= 0 && Theil.L(x) >= 0);
        Assert.True(Theil.T(x) <= Math.Log(x.Length));
        AnalyticsAssert.Close(Theil.T(x), Theil.T(x.Select(v => v * 9).ToArray()));
        AnalyticsAssert.Close(Theil.L(x), Theil.L(x.Select(v => v * 9).ToArray()));
        AnalyticsAssert.Close(0, Theil.T([4, 4, 4]));
        AnalyticsAssert.Close(0, Theil.L([4, 4, 4]));
    }
}
