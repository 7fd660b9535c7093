using ClusterScope.Analytics.Matching;

namespace ClusterScope.Analytics.Tests.Matching;

/// <summary>Small seeded problems and a brute force that tries every assignment.</summary>
internal static class RandomProblems
{
    /// <summary>1-4 researchers (capacity 0-3), 1-5 needs, each pair present with probability 0.6, scores in steps of 0.01.</summary>
    public static MatchingProblem Make(int seed, bool withPinsAndBans = false)
    {
        var random = new Random(seed);
        var researchers = random.Next(1, 5);
        var needs = random.Next(1, 6);
        var capacities = Enumerable.Range(0, researchers).Select(_ => random.Next(0, 4)).ToArray();
        var pairs = new List<MatchPair>();
        for (var r = 0; r < researchers; r++)
        {
            for (var n = 0; n < needs; n++)
            {
                if (random.NextDouble() < 0.6)
                {
                    pairs.Add(new MatchPair(r, n, random.Next(0, 101) / 100.0));
                }
            }
        }

        if (!withPinsAndBans || pairs.Count == 0)
        {
            return new MatchingProblem(capacities, needs, pairs);
        }

        var pin = pairs[random.Next(pairs.Count)];
        capacities[pin.Researcher] = Math.Max(1, capacities[pin.Researcher]);
        var ban = pairs[random.Next(pairs.Count)];
        return ban == pin
            ? new MatchingProblem(capacities, needs, pairs, [(pin.Researcher, pin.Need)], [])
            : new MatchingProblem(capacities, needs, pairs, [(pin.Researcher, pin.Need)], [(ban.Researcher, ban.Need)]);
    }

    /// <summary>The best total over every way to give each need one of its candidates or nobody, within capacities, pins kept, bans out.</summary>
    public static double BruteForce(MatchingProblem p)
    {
        var pinned = p.Pinned.ToDictionary(x => x.Need, x => x.Researcher);
        var banned = p.Forbidden.ToHashSet();
        var options = Enumerable.Range(0, p.Needs).Select(n => pinned.TryGetValue(n, out var r)
            ? p.Pairs.Where(x => x.Need == n && x.Researcher == r).DefaultIfEmpty(new MatchPair(r, n, 0)).Select(x => (MatchPair?)x).ToArray()
            : p.Pairs.Where(x => x.Need == n && !banned.Contains((x.Researcher, x.Need))).Select(x => (MatchPair?)x).Prepend(null).ToArray()).ToArray();
        var used = new int[p.Capacities.Count];
        double best = double.NegativeInfinity;
        void Go(int n, double total)
        {
            if (n == p.Needs)
            {
                best = Math.Max(best, total);
                return;
            }

            foreach (var option in options[n])
            {
                if (option is not { } o)
                {
                    Go(n + 1, total);
                }
                else if (used[o.Researcher] < p.Capacities[o.Researcher])
                {
                    used[o.Researcher]++;
                    Go(n + 1, total + o.Score);
                    used[o.Researcher]--;
                }
            }
        }

        Go(0, 0);
        return best;
    }

    /// <summary>Each need at most once, each researcher within capacity, only listed, unforbidden pairs, pins present.</summary>
    public static void AssertFeasible(MatchingProblem p, MatchingResult result)
    {
        Assert.Equal(result.Pairs.Count, result.Pairs.Select(x => x.Need).Distinct().Count());
        foreach (var g in result.Pairs.GroupBy(x => x.Researcher))
        {
            Assert.True(g.Count() <= p.Capacities[g.Key], $"researcher {g.Key} serves {g.Count()} > {p.Capacities[g.Key]}");
        }

        var pinned = p.Pinned.ToHashSet();
        Assert.All(result.Pairs, x => Assert.True(pinned.Contains((x.Researcher, x.Need)) || p.Pairs.Contains(x)));
        Assert.All(result.Pairs, x => Assert.DoesNotContain((x.Researcher, x.Need), p.Forbidden));
        Assert.All(p.Pinned, pin => Assert.Contains(result.Pairs, x => (x.Researcher, x.Need) == pin));
    }
}
