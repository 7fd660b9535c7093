using ClusterScope.Domain.Programmes;

namespace ClusterScope.Domain.Tests.Programmes;

public class AllocationTests
{
    private static AllocationCandidate C(string code, decimal? @base = null, double score = 0, string? credit = null) => new(code, credit, @base, score);

    private static decimal[] Amounts(AllocationResult r) => [.. r.Awards.Select(a => a.Amount)];

    [Fact]
    public void Equal_shares_the_budget_rounding_down_to_the_fen_and_reports_the_leftover()
    {
        // 100 / 3 = 33.333... -> 33.33 each; 100 - 99.99 = 0.01 left
        var r = Allocation.Allocate(new EqualAmountRule(), [C("A"), C("B"), C("C")], 100m);
        Assert.Equal([33.33m, 33.33m, 33.33m], Amounts(r));
        Assert.Equal(0.01m, r.Leftover);
        Assert.Empty(r.CutOff);
    }

    [Fact]
    public void Equal_is_capped_by_the_lower_of_rule_and_programme_cap()
    {
        var r = Allocation.Allocate(new EqualAmountRule { Cap = 40m }, [C("A"), C("B")], 100m, programmeCap: 30m);
        Assert.Equal([30m, 30m], Amounts(r));
        Assert.All(r.Awards, a => Assert.True(a.Capped));
        Assert.Equal(40m, r.Leftover);
    }

    [Fact]
    public void Equal_fixed_amount_serves_in_tie_order_and_cuts_off_the_rest()
    {
        // 250 at 100 each: the two lowest credit codes get 100, the third is cut off, 50 left
        var r = Allocation.Allocate(new EqualAmountRule { Amount = 100m }, [C("A", credit: "93"), C("B", credit: "91"), C("C", credit: "92")], 250m);
        Assert.Equal(["B", "C", "A"], r.Awards.Select(a => a.Enterprise));
        Assert.Equal([100m, 100m, 0m], Amounts(r));
        Assert.Equal(["A"], r.CutOff);
        Assert.Equal(50m, r.Leftover);
    }

    [Fact]
    public void Proportional_within_budget_pays_rate_times_base_with_the_cap_binding()
    {
        // 10 % of 1000, 2000 and 5000 capped at 300: 100, 200, 300 = 600 of 1000
        var rule = new ProportionalRule { Base = "enterprise_rd_expense", Rate = 0.1m, Cap = 300m };
        var r = Allocation.Allocate(rule, [C("A", 1000m), C("B", 2000m), C("C", 5000m), C("D")], 1000m);
        Assert.Equal([100m, 200m, 300m], Amounts(r));
        Assert.Equal([false, false, true], r.Awards.Select(a => a.Capped));
        Assert.Equal(["D"], r.LackingBase);
        Assert.Equal(400m, r.Leftover);
    }

    [Fact]
    public void Proportional_over_budget_scales_pro_rata_and_uses_the_budget_to_the_fen()
    {
        // requests 100, 200, 300 = 600 against 300: factor 0.5 -> 50, 100, 150, budget exactly used
        var rule = new ProportionalRule { Base = "x", Rate = 0.1m };
        var exact = Allocation.Allocate(rule, [C("A", 1000m), C("B", 2000m), C("C", 3000m)], 300m);
        Assert.Equal([50m, 100m, 150m], Amounts(exact));
        Assert.Equal(0m, exact.Leftover);
        // against 100: factor 1/6 -> 16.666.. = 16.66, 33.33, 50.00; 0.01 left by rounding down
        var rounded = Allocation.Allocate(rule, [C("A", 1000m), C("B", 2000m), C("C", 3000m)], 100m);
        Assert.Equal([16.66m, 33.33m, 50m], Amounts(rounded));
        Assert.Equal(0.01m, rounded.Leftover);
    }

    [Fact]
    public void Proportional_base_scale_turns_100m_cny_into_yuan()
    {
        // 0.035 (100m CNY) = 3,500,000 yuan; 10 % = 350,000 yuan
        var rule = new ProportionalRule { Base = "enterprise_rd_expense", BaseScale = 100_000_000m, Rate = 0.1m };
        Assert.Equal(350_000m, Allocation.Allocate(rule, [C("A", 0.035m)], 1_000_000m).Allocated);
    }

    [Fact]
    public void Ranked_serves_highest_scores_until_the_budget_runs_out_ties_by_lower_credit_code()
    {
        // scores B 9, A 7 and C 7 (tie: C's credit code 91.. before A's 92..), D 1; 100 each from 300: B, C, A paid; D cut
        var rule = new RankedRule { Amount = 100m };
        var r = Allocation.Allocate(rule, [C("A", score: 7, credit: "92"), C("B", score: 9, credit: "93"), C("C", score: 7, credit: "91"), C("D", score: 1)], 300m);
        Assert.Equal(["B", "C", "A", "D"], r.Awards.Select(a => a.Enterprise));
        Assert.Equal([100m, 100m, 100m, 0m], Amounts(r));
        Assert.Equal(["D"], r.CutOff);
        Assert.Equal(0m, r.Leftover);
    }

    [Fact]
    public void Ranked_stops_at_the_first_request_that_does_not_fit()
    {
        // requests by rank: 60, 50, 10 against 100: 60 paid, 50 does not fit -> it and the 10 below are cut off, 40 left
        var rule = new RankedRule { Base = "x", Rate = 1m };
        var r = Allocation.Allocate(rule, [C("A", 60m, 3), C("B", 50m, 2), C("C", 10m, 1)], 100m);
        Assert.Equal([60m, 0m, 0m], Amounts(r));
        Assert.Equal(["B", "C"], r.CutOff);
        Assert.Equal(40m, r.Leftover);
    }

    [Fact]
    public void Comparison_shows_each_enterprise_under_each_rule_and_never_exceeds_the_budget()
    {
        var candidates = new[] { C("A", 1000m, 1, "91"), C("B", 3000m, 3, "92"), C("C", 6000m, 2, "93") };
        var rules = new (string, AllocationRule)[]
        {
            ("equal", new EqualAmountRule()),
            ("proportional", new ProportionalRule { Base = "x", Rate = 0.1m, Cap = 400m }),
            ("ranked", new RankedRule { Base = "x", Rate = 0.1m }),
        };
        var comparison = AllocationComparison.Compare(rules, candidates, 900m);
        Assert.Equal(["equal", "proportional", "ranked"], comparison.Rules);
        // equal 300 each; proportional 100, 300, 400 (capped) = 800; ranked B 300, C 600 = 900, A cut off
        Assert.Equal([300m, 100m, 0m], comparison.Rows[0].Amounts);
        Assert.Equal([300m, 300m, 300m], comparison.Rows[1].Amounts);
        Assert.Equal([300m, 400m, 600m], comparison.Rows[2].Amounts);
        Assert.All(comparison.Results, r => Assert.True(r.Allocated <= r.Budget));
        Assert.Equal(["A"], comparison.Results[2].CutOff);
    }

    [Fact]
    public void Random_allocations_stay_within_budget_and_caps()
    {
        var random = new Random(12);
        for (var trial = 0; trial < 200; trial++)
        {
            var n = random.Next(1, 12);
            var candidates = Enumerable.Range(0, n).Select(i => C($"E{i}", random.Next(0, 4) == 0 ? null : random.Next(0, 100_000) / 100m, random.Next(0, 5))).ToArray();
            var budget = random.Next(0, 1_000_000) / 100m;
            var cap = random.Next(0, 3) == 0 ? (decimal?)null : random.Next(1, 50_000) / 100m;
            foreach (AllocationRule rule in new AllocationRule[] { new EqualAmountRule(), new ProportionalRule { Base = "x", Rate = 0.37m }, new RankedRule { Base = "x", Rate = 0.5m }, new RankedRule { Amount = 123.45m } })
            {
                var r = Allocation.Allocate(rule, candidates, budget, cap);
                Assert.True(r.Allocated <= budget, $"{rule.Kind}: {r.Allocated} > {budget}");
                Assert.All(r.Awards, a => Assert.True(a.Amount >= 0 && (cap is null || a.Amount <= cap) && a.Amount == Math.Round(a.Amount, 2)));
            }
        }
    }

    [Fact]
    public void Bad_input_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Allocation.Allocate(new EqualAmountRule(), [C("A")], -1m));
        var twice = Assert.Throws<ArgumentException>(() => Allocation.Allocate(new EqualAmountRule(), [C("A"), C("A")], 1m));
        Assert.Contains("'A' is listed twice", twice.Message, StringComparison.Ordinal);
    }
}
