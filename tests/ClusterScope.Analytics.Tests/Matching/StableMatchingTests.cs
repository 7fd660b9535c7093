using ClusterScope.Analytics.Matching;
using CsCheck;

namespace ClusterScope.Analytics.Tests.Matching;

public class StableMatchingTests
{
    /// <summary>A blocking pair: acceptable, unmatched to each other, the researcher has a free place or prefers this need to
    /// its worst, and the need is free or prefers this researcher.</summary>
    private static (int, int)? BlockingPair(MatchingProblem p, MatchingResult m, IReadOnlyDictionary<(int, int), double>? needScores = null)
    {
        var pinnedNeeds = p.Pinned.Select(x => x.Need).ToHashSet();
        var pinsPer = p.Pinned.GroupBy(x => x.Researcher).ToDictionary(g => g.Key, g => g.Count());
        var assigned = m.Pairs.Where(x => !p.Pinned.Contains((x.Researcher, x.Need))).ToList();
        foreach (var pair in p.Pairs.Where(x => x.Score > 0 && !p.Forbidden.Contains((x.Researcher, x.Need)) && !pinnedNeeds.Contains(x.Need)))
        {
            if (assigned.Contains(pair))
            {
                continue;
            }

            var mine = assigned.Where(x => x.Researcher == pair.Researcher).ToList();
            var room = p.Capacities[pair.Researcher] - pinsPer.GetValueOrDefault(pair.Researcher);
            var researcherWants = mine.Count < room || mine.Any(x => x.Score < pair.Score || (x.Score == pair.Score && x.Need > pair.Need));
            double View(MatchPair x) => needScores?.GetValueOrDefault((x.Researcher, x.Need), x.Score) ?? x.Score;
            var theirs = assigned.FirstOrDefault(x => x.Need == pair.Need);
            var needWants = theirs == default || View(theirs) < View(pair) || (View(theirs) == View(pair) && theirs.Researcher > pair.Researcher);
            if (room > 0 && researcherWants && needWants)
            {
                return (pair.Researcher, pair.Need);
            }
        }

        return null;
    }

    [Fact]
    public void Researcher_and_need_proposing_differ_when_preferences_cross()
    {
        // researchers' scores: r0 prefers n0 (0.9) to n1 (0.5), r1 prefers n1 (0.9) to n0 (0.5);
        // needs rank the other way: n0 prefers r1, n1 prefers r0. Researcher-proposing: r0-n0, r1-n1; need-proposing: r0-n1, r1-n0.
        var p = new MatchingProblem([1, 1], 2, [new(0, 0, 0.9), new(0, 1, 0.5), new(1, 0, 0.5), new(1, 1, 0.9)]);
        var needs = new Dictionary<(int, int), double> { [(0, 0)] = 0.1, [(1, 0)] = 0.9, [(0, 1)] = 0.9, [(1, 1)] = 0.1 };
        var byResearchers = StableMatching.Solve(p, Proposer.Researchers, needs);
        var byNeeds = StableMatching.Solve(p, Proposer.Needs, needs);
        Assert.Equal([(0, 0), (1, 1)], byResearchers.Pairs.Select(x => (x.Researcher, x.Need)));
        Assert.Equal([(0, 1), (1, 0)], byNeeds.Pairs.Select(x => (x.Researcher, x.Need)));
        Assert.Null(BlockingPair(p, byResearchers, needs));
        Assert.Null(BlockingPair(p, byNeeds, needs));
    }

    [Fact]
    public void With_one_common_score_it_keeps_the_best_pair_that_optimal_assignment_gives_up()
    {
        // the same problem as the optimal-assignment example: stable keeps r0-n0 (0.9), total 0.9 < 1.5
        var p = new MatchingProblem([1, 1], 2, [new(0, 0, 0.9), new(0, 1, 0.8), new(1, 0, 0.7)]);
        Assert.Equal([new MatchPair(0, 0, 0.9)], StableMatching.Solve(p, Proposer.Researchers).Pairs);
        Assert.Equal([new MatchPair(0, 0, 0.9)], StableMatching.Solve(p, Proposer.Needs).Pairs);
    }

    [Fact]
    public void No_blocking_pair_on_random_problems_for_either_proposer()
    {
        Gen.Select(Gen.Int, Gen.Bool, Gen.Bool).Sample((seed, pins, ownNeedScores) =>
        {
            var p = RandomProblems.Make(seed, pins);
            var random = new Random(seed ^ 0x5bd1);
            var needs = ownNeedScores ? p.Pairs.ToDictionary(x => (x.Researcher, x.Need), _ => random.Next(1, 101) / 100.0) : null;
            foreach (var proposer in new[] { Proposer.Researchers, Proposer.Needs })
            {
                var m = StableMatching.Solve(p, proposer, needs);
                RandomProblems.AssertFeasible(p, m);
                Assert.Null(BlockingPair(p, m, needs));
            }
        }, iter: 400);
    }

    [Fact]
    public void Each_side_does_at_least_as_well_when_it_proposes()
    {
        Gen.Int.Sample(seed =>
        {
            var p = RandomProblems.Make(seed);
            var random = new Random(seed);
            var needs = p.Pairs.ToDictionary(x => (x.Researcher, x.Need), _ => random.Next(1, 101) / 100.0);
            var r = StableMatching.Solve(p, Proposer.Researchers, needs);
            var n = StableMatching.Solve(p, Proposer.Needs, needs);
            // needs' view: each need's partner in the need-proposing matching is at least as good for it
            foreach (var need in Enumerable.Range(0, p.Needs))
            {
                double Value(MatchingResult m) => m.Pairs.Where(x => x.Need == need).Select(x => needs[(x.Researcher, x.Need)]).DefaultIfEmpty(0).Single();
                Assert.True(Value(n) >= Value(r));
            }
        }, iter: 200);
    }

    [Fact]
    public void Is_deterministic()
    {
        Gen.Int.Sample(seed =>
        {
            var p = RandomProblems.Make(seed, withPinsAndBans: true);
            Assert.Equal(StableMatching.Solve(p, Proposer.Researchers).Pairs, StableMatching.Solve(p, Proposer.Researchers).Pairs);
            Assert.Equal(StableMatching.Solve(p, Proposer.Needs).Pairs, StableMatching.Solve(p, Proposer.Needs).Pairs);
        }, iter: 100);
    }
}
