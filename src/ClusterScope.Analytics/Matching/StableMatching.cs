namespace ClusterScope.Analytics.Matching;

/// <summary>Deferred acceptance (Gale–Shapley) with researcher capacities: a matching no researcher and need would both leave.</summary>
public static class StableMatching
{
    /// <summary>Finds the stable matching optimal for the proposing side.</summary>
    /// <remarks>Gale &amp; Shapley (1962), "College admissions and the stability of marriage", with capacities as in the
    /// college-admissions (many-to-one) case; Roth &amp; Sotomayor, <i>Two-Sided Matching</i> (1990), ch. 5. Both sides rank
    /// their acceptable partners by the pair's fit, higher first (a pair's <paramref name="needScores"/> entry, where given,
    /// replaces its score for the need's ranking); ties go to the lower index. Acceptable pairs are the listed ones with a
    /// score above zero, not forbidden. Pinned pairs are fixed first and take capacity; their needs leave the market.
    /// Stable means: no acceptable pair (r, n), unmatched to each other, where r has a free place or prefers n to one of
    /// its needs, and n is free or prefers r to its researcher.</remarks>
    /// <param name="problem">Capacities, pairs, pins and bans.</param>
    /// <param name="proposer">Which side proposes.</param>
    /// <param name="needScores">Optional scores by which the needs rank researchers, by (researcher, need).</param>
    /// <exception cref="ArgumentException">The problem is inconsistent (see <see cref="MatchingProblem"/>).</exception>
    public static MatchingResult Solve(MatchingProblem problem, Proposer proposer, IReadOnlyDictionary<(int Researcher, int Need), double>? needScores = null)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var (left, pins, open) = problem.Prepare();
        double NeedView(MatchPair p) => needScores is not null && needScores.TryGetValue((p.Researcher, p.Need), out var s) ? s : p.Score;
        var byResearcher = open.GroupBy(p => p.Researcher).ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.Score).ThenBy(p => p.Need).ToArray());
        var byNeed = open.GroupBy(p => p.Need).ToDictionary(g => g.Key, g => g.OrderByDescending(NeedView).ThenBy(p => p.Researcher).ToArray());
        var matched = proposer == Proposer.Researchers ? ResearchersPropose(left, byResearcher, byNeed) : NeedsPropose(left, byResearcher, byNeed);
        return new MatchingResult([.. pins, .. matched.OrderBy(p => p.Researcher).ThenBy(p => p.Need)]);
    }

    private static Dictionary<int, int> Ranks(MatchPair[] list, Func<MatchPair, int> partner)
    {
        var rank = new Dictionary<int, int>(list.Length);
        for (var i = 0; i < list.Length; i++)
        {
            rank[partner(list[i])] = i;
        }

        return rank;
    }

    private static List<MatchPair> ResearchersPropose(int[] left, Dictionary<int, MatchPair[]> byResearcher, Dictionary<int, MatchPair[]> byNeed)
    {
        var needRank = byNeed.ToDictionary(kv => kv.Key, kv => Ranks(kv.Value, p => p.Researcher));
        var held = new Dictionary<int, MatchPair>();
        var next = new Dictionary<int, int>();
        var free = new Queue<int>(byResearcher.Keys.Order());
        var places = (int[])left.Clone();
        while (free.TryDequeue(out var r))
        {
            var list = byResearcher[r];
            var i = next.GetValueOrDefault(r);
            while (places[r] > 0 && i < list.Length)
            {
                var offer = list[i++];
                if (!held.TryGetValue(offer.Need, out var current))
                {
                    held[offer.Need] = offer;
                    places[r]--;
                }
                else if (needRank[offer.Need][r] < needRank[offer.Need][current.Researcher])
                {
                    held[offer.Need] = offer;
                    places[r]--;
                    if (places[current.Researcher]++ == 0)
                    {
                        free.Enqueue(current.Researcher);
                    }
                }
            }

            next[r] = i;
        }

        return [.. held.Values];
    }

    private static List<MatchPair> NeedsPropose(int[] left, Dictionary<int, MatchPair[]> byResearcher, Dictionary<int, MatchPair[]> byNeed)
    {
        var researcherRank = byResearcher.ToDictionary(kv => kv.Key, kv => Ranks(kv.Value, p => p.Need));
        var held = byResearcher.Keys.ToDictionary(r => r, _ => new SortedSet<(int Rank, int Need)>());
        var chosen = new Dictionary<int, MatchPair>();
        var next = new Dictionary<int, int>();
        var free = new Queue<int>(byNeed.Keys.Order());
        while (free.TryDequeue(out var n))
        {
            var list = byNeed[n];
            var i = next.GetValueOrDefault(n);
            while (i < list.Length)
            {
                var offer = list[i++];
                var r = offer.Researcher;
                var rank = researcherRank[r][n];
                var set = held[r];
                if (set.Count < left[r])
                {
                    set.Add((rank, n));
                    chosen[n] = offer;
                    break;
                }

                if (set.Count > 0 && set.Max.Rank > rank)
                {
                    var dropped = set.Max.Need;
                    set.Remove(set.Max);
                    chosen.Remove(dropped);
                    free.Enqueue(dropped);
                    set.Add((rank, n));
                    chosen[n] = offer;
                    break;
                }
            }

            next[n] = i;
        }

        return [.. chosen.Values];
    }
}
