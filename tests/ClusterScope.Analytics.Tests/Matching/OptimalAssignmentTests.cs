using ClusterScope.Analytics.Matching;
using CsCheck;

namespace ClusterScope.Analytics.Tests.Matching;

public class OptimalAssignmentTests
{
    [Fact]
    public void Takes_the_better_total_not_the_best_single_pair()
    {
        // r0 (cap 1): n0 0.9, n1 0.8; r1 (cap 1): n0 0.7. Greedy takes r0-n0 (0.9) and leaves r1 idle;
        // optimal: r0-n1 + r1-n0 = 0.8 + 0.7 = 1.5
        var p = new MatchingProblem([1, 1], 2, [new(0, 0, 0.9), new(0, 1, 0.8), new(1, 0, 0.7)]);
        var result = OptimalAssignment.Solve(p);
        Assert.Equal([new MatchPair(0, 1, 0.8), new MatchPair(1, 0, 0.7)], result.Pairs);
        AnalyticsAssert.Close(1.5, result.TotalScore);
    }

    [Fact]
    public void A_capacity_lets_one_researcher_serve_several_needs()
    {
        var p = new MatchingProblem([2, 0], 3, [new(0, 0, 0.5), new(0, 1, 0.4), new(0, 2, 0.3), new(1, 2, 0.9)]);
        var result = OptimalAssignment.Solve(p);
        Assert.Equal([new MatchPair(0, 0, 0.5), new MatchPair(0, 1, 0.4)], result.Pairs);
    }

    [Fact]
    public void Pins_are_kept_and_bans_left_out()
    {
        // pin r1-n1 (0.1) and ban r0-n0: n1 is taken by the pin, so r0 is left with n2 (0.2)
        var p = new MatchingProblem([1, 1], 3, [new(0, 0, 0.9), new(0, 1, 0.8), new(0, 2, 0.2), new(1, 1, 0.1)], [(1, 1)], [(0, 0)]);
        var result = OptimalAssignment.Solve(p);
        Assert.Equal([new MatchPair(1, 1, 0.1), new MatchPair(0, 2, 0.2)], result.Pairs);
    }

    [Fact]
    public void Pairs_scoring_zero_or_less_are_never_matched()
    {
        var result = OptimalAssignment.Solve(new MatchingProblem([3], 2, [new(0, 0, 0), new(0, 1, -1)]));
        Assert.Empty(result.Pairs);
    }

    [Fact]
    public void Inconsistent_problems_are_refused_naming_the_pair()
    {
        Assert.Contains("Pair (0, 0) is listed twice", Assert.Throws<ArgumentException>(() =>
            OptimalAssignment.Solve(new MatchingProblem([1], 1, [new(0, 0, 1), new(0, 0, 2)]))).Message, StringComparison.Ordinal);
        Assert.Contains("pair (0, 5) is out of range", Assert.Throws<ArgumentException>(() =>
            OptimalAssignment.Solve(new MatchingProblem([1], 1, [new(0, 5, 1)]))).Message, StringComparison.Ordinal);
        Assert.Contains("more pins than its capacity of 1", Assert.Throws<ArgumentException>(() =>
            OptimalAssignment.Solve(new MatchingProblem([1], 2, [], [(0, 0), (0, 1)], []))).Message, StringComparison.Ordinal);
        Assert.Contains("Need 0 is pinned twice", Assert.Throws<ArgumentException>(() =>
            OptimalAssignment.Solve(new MatchingProblem([1, 1], 1, [], [(0, 0), (1, 0)], []))).Message, StringComparison.Ordinal);
        Assert.Contains("both pinned and forbidden", Assert.Throws<ArgumentException>(() =>
            OptimalAssignment.Solve(new MatchingProblem([1], 1, [], [(0, 0)], [(0, 0)]))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Matches_the_brute_force_optimum_on_small_random_problems()
    {
        Gen.Select(Gen.Int, Gen.Bool).Sample((seed, pins) =>
        {
            var p = RandomProblems.Make(seed, pins);
            var result = OptimalAssignment.Solve(p);
            RandomProblems.AssertFeasible(p, result);
            AnalyticsAssert.Close(RandomProblems.BruteForce(p), result.TotalScore, atol: 1e-9);
        }, iter: 400);
    }

    [Fact]
    public void Is_deterministic_and_independent_of_pair_order_in_its_total()
    {
        Gen.Int.Sample(seed =>
        {
            var p = RandomProblems.Make(seed);
            Assert.Equal(OptimalAssignment.Solve(p).Pairs, OptimalAssignment.Solve(p).Pairs);
            var shuffled = p with { Pairs = [.. p.Pairs.Reverse()] };
            AnalyticsAssert.Close(OptimalAssignment.Solve(p).TotalScore, OptimalAssignment.Solve(shuffled).TotalScore, atol: 1e-9);
        }, iter: 100);
    }
}
