namespace ClusterScope.Analytics.Matching;

/// <summary>Researchers with capacities, needs served at most once each, the candidate pairs, and officials' pins and bans.</summary>
/// <param name="Capacities">How many needs each researcher can serve (≥ 0), by researcher index.</param>
/// <param name="Needs">The number of needs.</param>
/// <param name="Pairs">Candidate pairs with their fit; a pair not listed cannot be matched. At most one entry per pair.</param>
/// <param name="Pinned">Pairs that must be in the result whatever their score (each counts against the researcher's capacity).</param>
/// <param name="Forbidden">Pairs that must not be in the result.</param>
public sealed record MatchingProblem(IReadOnlyList<int> Capacities, int Needs, IReadOnlyList<MatchPair> Pairs,
    IReadOnlyList<(int Researcher, int Need)> Pinned, IReadOnlyList<(int Researcher, int Need)> Forbidden)
{
    /// <summary>A problem without pins or bans.</summary>
    public MatchingProblem(IReadOnlyList<int> capacities, int needs, IReadOnlyList<MatchPair> pairs) : this(capacities, needs, pairs, [], []) { }

    /// <summary>Checks indices, capacities, duplicate pairs and pins; returns the capacity left after pins, the pinned pairs
    /// with their scores, and the pairs still open (score above zero, not forbidden, need not pinned).</summary>
    /// <exception cref="ArgumentException">An index out of range, a negative capacity or a non-finite score, a pair listed twice,
    /// a need pinned twice, a pin that is also forbidden, or more pins on a researcher than its capacity.</exception>
    internal (int[] Left, MatchPair[] Pins, MatchPair[] Open) Prepare()
    {
        var left = Capacities.ToArray();
        if (Array.FindIndex(left, c => c < 0) is var negative and >= 0)
        {
            throw new ArgumentException($"Researcher {negative} has capacity {left[negative]}, below zero.", nameof(Capacities));
        }

        var scores = new Dictionary<(int, int), double>();
        foreach (var p in Pairs)
        {
            Check(p.Researcher, p.Need, "Pairs");
            if (!double.IsFinite(p.Score))
            {
                throw new ArgumentException($"Pair ({p.Researcher}, {p.Need}) has a score that is not a finite number.", nameof(Pairs));
            }

            if (!scores.TryAdd((p.Researcher, p.Need), p.Score))
            {
                throw new ArgumentException($"Pair ({p.Researcher}, {p.Need}) is listed twice.", nameof(Pairs));
            }
        }

        var forbidden = new HashSet<(int, int)>();
        foreach (var (r, n) in Forbidden)
        {
            Check(r, n, "Forbidden");
            forbidden.Add((r, n));
        }

        var pinnedNeeds = new HashSet<int>();
        var pins = new List<MatchPair>();
        foreach (var (r, n) in Pinned)
        {
            Check(r, n, "Pinned");
            if (forbidden.Contains((r, n)))
            {
                throw new ArgumentException($"Pair ({r}, {n}) is both pinned and forbidden.", nameof(Pinned));
            }

            if (!pinnedNeeds.Add(n))
            {
                throw new ArgumentException($"Need {n} is pinned twice; a need is served at most once.", nameof(Pinned));
            }

            if (--left[r] < 0)
            {
                throw new ArgumentException($"Researcher {r} has more pins than its capacity of {Capacities[r]}.", nameof(Pinned));
            }

            pins.Add(new MatchPair(r, n, scores.GetValueOrDefault((r, n))));
        }

        var open = Pairs.Where(p => p.Score > 0 && !forbidden.Contains((p.Researcher, p.Need)) && !pinnedNeeds.Contains(p.Need) && left[p.Researcher] > 0).ToArray();
        return (left, [.. pins], open);
    }

    private void Check(int researcher, int need, string member)
    {
        if (researcher < 0 || researcher >= Capacities.Count || need < 0 || need >= Needs)
        {
            throw new ArgumentException($"{member}: pair ({researcher}, {need}) is out of range ({Capacities.Count} researchers, {Needs} needs).", member);
        }
    }
}
