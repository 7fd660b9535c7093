using ClusterScope.Domain.Evaluation;

namespace ClusterScope.Domain.Tests.Evaluation;

public class AwardsTests
{
    private static readonly AwardRule.TopShare Excellence = new("excellence", "Excellence", Share: 0.1, IntervalWithin: 0.25);

    // 20 units: the top 10 % are ranks 1-2, the top quartile ranks 1-5.
    private static RankedUnit[] Twenty(double p95OfFirst, double p95OfSecond) =>
        Enumerable.Range(1, 20).Select(r => new RankedUnit($"U{r:00}", r, r, r switch { 1 => p95OfFirst, 2 => p95OfSecond, _ => r + 1 })).ToArray();

    [Fact]
    public void Top_ten_percent_whose_interval_stays_in_the_top_quartile_are_awarded()
    {
        Assert.Equal(["U01", "U02"], Awards.TopShare(Excellence, Twenty(3, 5)));
    }

    [Fact]
    public void A_top_unit_whose_interval_leaves_the_top_quartile_is_not_awarded()
    {
        Assert.Equal(["U01"], Awards.TopShare(Excellence, Twenty(3, 5.5)));
    }

    [Fact]
    public void Ten_percent_of_thirty_is_three_despite_rounding()
    {
        // 0.1 * 30 = 3.0000000000000004 in binary floating point.
        var thirty = Enumerable.Range(1, 30).Select(r => new RankedUnit($"U{r:00}", r, r, r)).ToArray();
        Assert.Equal(["U01", "U02", "U03"], Awards.TopShare(Excellence, thirty));
    }

    [Fact]
    public void Without_rank_intervals_no_interval_award_is_given()
    {
        var units = Enumerable.Range(1, 20).Select(r => new RankedUnit($"U{r}", r, double.NaN, double.NaN)).ToArray();
        Assert.Empty(Awards.TopShare(Excellence, units));
    }

    [Fact]
    public void Most_improved_goes_to_the_largest_rank_gains_and_ties_share_it()
    {
        var now = new[] { new RankedUnit("A", 1, 1, 1), new RankedUnit("B", 2, 2, 2), new RankedUnit("C", 3, 3, 3), new RankedUnit("D", 4, 4, 4) };
        var before = new Dictionary<string, double> { ["A"] = 4, ["B"] = 5, ["C"] = 1, ["D"] = 2 };
        Assert.Equal(["A", "B"], Awards.MostImproved(new AwardRule.MostImproved("mi", "Most improved", Count: 1), now, before));
    }

    [Fact]
    public void Most_improved_needs_a_previous_rank_and_the_minimum_gain()
    {
        var now = new[] { new RankedUnit("A", 1, 1, 1), new RankedUnit("B", 2, 2, 2), new RankedUnit("New", 3, 3, 3) };
        var before = new Dictionary<string, double> { ["A"] = 2, ["B"] = 4 };
        Assert.Equal(["B"], Awards.MostImproved(new AwardRule.MostImproved("mi", "Most improved", Count: 3, MinimumGain: 2), now, before));
    }
}
