using ClusterScope.Analytics.Specialisation;

namespace ClusterScope.Analytics.Tests.Specialisation;

public class GiniTests
{
    [Fact]
    public void Lorenz_Gini_is_checked_by_hand()
    {
        // [1,2,3,4]: Y = .1, .3, .6, 1; pairs .1 + .4 + .9 + 1.6 = 3; G = 1 - 3/4 = .25
        AnalyticsAssert.Close(0.25, Gini.Lorenz([4, 1, 3, 2]));
        // One unit holds everything: G = (n - 1)/n = .75, normalised 1
        AnalyticsAssert.Close(0.75, Gini.Lorenz([0, 0, 5, 0]));
        AnalyticsAssert.Close(1, Gini.Lorenz([0, 0, 5, 0], GiniVariant.ReatNormalised));
        AnalyticsAssert.Close(0, Gini.Lorenz([3, 3, 3]));
    }

    [Fact]
    public void Frequency_weights_equal_replicated_units()
    {
        // x = (1, 2) with weights (2, 1) is the data (1, 1, 2): Y = .25, .5, 1; pairs 2.5; G = 1 - 2.5/3 = 1/6
        AnalyticsAssert.Close(1.0 / 6, Gini.Lorenz([1, 1, 2]));
        AnalyticsAssert.Close(1.0 / 6, Gini.Lorenz([1, 2], GiniVariant.FrequencyWeighted, [2, 1]));
    }

    [Fact]
    public void REAT_weighted_Gini_keeps_weights_in_input_order_and_differs_from_the_frequency_weighted_one()
    {
        // x = (2, 1), w = (1, 2): REAT sorts x to (1, 2) but keeps w = (1, 2): x w = (1, 4), Y = .2, 1
        // G = 1 - (.2 * 1/3 + 1.2 * 2/3) = 2/15; with the weights sorted along (2, 1) it is 1/6
        AnalyticsAssert.Close(2.0 / 15, Gini.Lorenz([2, 1], GiniVariant.ReatWeighted, [1, 2]));
        AnalyticsAssert.Close(1.0 / 6, Gini.Lorenz([2, 1], GiniVariant.FrequencyWeighted, [1, 2]));
    }

    [Fact]
    public void Locational_and_Hoover_Gini_are_checked_by_hand()
    {
        // Industry (0, 10) against (50, 50): C = 0, 1; P = .5, 1; area = 1 * .5 - 0 * 1 = .5; EconGeo halves it
        AnalyticsAssert.Close(0.25, Gini.Locational([0, 10], [50, 50]));
        AnalyticsAssert.Close(0.5, Gini.Locational([0, 10], [50, 50], LocationalGiniScale.FullScale));
        AnalyticsAssert.Close(0.5, Gini.Hoover([0, 10], [50, 50]));
        AnalyticsAssert.Close(0, Gini.Locational([2, 4, 6], [10, 20, 30]));
    }

    [Fact]
    public void Gini_of_location_quotients_is_checked_by_hand()
    {
        // Sorted (0, 2), mean 1: sum k (LQ_k - 1) = -1 + 2 = 1; G = 2/(4 * 1) * 1 = .5
        AnalyticsAssert.Close(0.5, Gini.OfLocationQuotients([2, 0]));
        AnalyticsAssert.Close(0, Gini.OfLocationQuotients([1, 1, 1]));
        Assert.True(double.IsNaN(Gini.OfLocationQuotients([1, double.NaN])));
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    public void Lorenz_Gini_is_bounded_and_ignores_order_and_scale(int seed)
    {
        var random = new Random(seed);
        var x = Enumerable.Range(0, 30).Select(_ => random.NextDouble() < 0.3 ? 0 : random.NextDouble() * 100).ToArray();
        var g = Gini.Lorenz(x);
        Assert.InRange(g, 0, 29.0 / 30);
        var shuffled = (double[])x.Clone();
        random.Shuffle(shuffled);
        AnalyticsAssert.Close(g, Gini.Lorenz(shuffled));
        AnalyticsAssert.Close(g, Gini.Lorenz(x.Select(v => v * 12.5).ToArray()));
        AnalyticsAssert.Close(g, Gini.Lorenz(x, GiniVariant.FrequencyWeighted, Enumerable.Repeat(2.0, 30).ToArray()));
    }

    [Fact]
    public void Weights_are_required_only_by_the_weighted_variants()
    {
        Assert.Throws<ArgumentException>(() => Gini.Lorenz([1, 2], GiniVariant.Lorenz, [1, 1]));
        Assert.Throws<ArgumentException>(() => Gini.Lorenz([1, 2], GiniVariant.ReatWeighted));
        Assert.Throws<ArgumentException>(() => Gini.Lorenz([1, 2], GiniVariant.FrequencyWeighted, [0, 0]));
    }

    [Fact]
    public void Empty_or_all_zero_values_give_NaN()
    {
        Assert.True(double.IsNaN(Gini.Lorenz([])));
        Assert.True(double.IsNaN(Gini.Lorenz([0, 0])));
        Assert.True(double.IsNaN(Gini.Locational([0, 0], [1, 1])));
    }
}
