using ClusterScope.Analytics.Matching;
using ClusterScope.Domain.Talent;

namespace ClusterScope.Data.Talent;

/// <summary>Matches researchers to innovation needs by code, from the two registries or from given scores.</summary>
/// <remarks>Results are ordered by researcher and need code, so the same input gives the same output.</remarks>
public static class TalentMatching
{
    /// <summary>Scores every researcher-need pair with <see cref="FitScore.Compute"/> and matches them.</summary>
    /// <exception cref="ArgumentException">A pinned or forbidden pair names an unknown code, or the pins are inconsistent.</exception>
    public static IReadOnlyList<TalentMatch> FromRegistries(IReadOnlyList<Researcher> researchers, IReadOnlyList<InnovationNeed> needs, MatchMethod method,
        Proposer proposer = Proposer.Researchers, IReadOnlyList<(string Researcher, string Need)>? pinned = null,
        IReadOnlyList<(string Researcher, string Need)>? forbidden = null, FitWeights? weights = null)
    {
        var fits = new Dictionary<(int, int), FitBreakdown>();
        for (var r = 0; r < researchers.Count; r++)
        {
            for (var n = 0; n < needs.Count; n++)
            {
                var (a, b) = (researchers[r], needs[n]);
                var fit = FitScore.Compute(a.FieldCodes, b.FieldCodes, FitScore.DistanceKm(a.Latitude, a.Longitude, b.Latitude, b.Longitude), b.ClusterPriority, weights);
                if (fit.Total > 0)
                {
                    fits[(r, n)] = fit;
                }
            }
        }

        var pairs = fits.Select(f => new MatchPair(f.Key.Item1, f.Key.Item2, f.Value.Total)).ToArray();
        return Run([.. researchers.Select(r => r.Code)], [.. needs.Select(n => n.Code)], [.. researchers.Select(r => r.Capacity)], pairs, method, proposer,
            pinned, forbidden, (r, n) => fits.GetValueOrDefault((r, n)));
    }

    /// <summary>Matches with scores computed elsewhere; a researcher without a capacity serves one need.</summary>
    /// <exception cref="ArgumentException">A pinned or forbidden pair names an unknown code, or the pins are inconsistent.</exception>
    public static IReadOnlyList<TalentMatch> FromScores(IReadOnlyList<(string Researcher, string Need, double Score)> scores, IReadOnlyDictionary<string, int>? capacities,
        MatchMethod method, Proposer proposer = Proposer.Researchers, IReadOnlyList<(string Researcher, string Need)>? pinned = null,
        IReadOnlyList<(string Researcher, string Need)>? forbidden = null)
    {
        var researchers = scores.Select(s => s.Researcher).Concat(capacities?.Keys ?? []).Distinct().Order(StringComparer.Ordinal).ToArray();
        var needs = scores.Select(s => s.Need).Distinct().Order(StringComparer.Ordinal).ToArray();
        var r = Index(researchers);
        var n = Index(needs);
        var pairs = scores.Select(s => new MatchPair(r[s.Researcher], n[s.Need], s.Score)).ToArray();
        return Run(researchers, needs, [.. researchers.Select(c => capacities?.GetValueOrDefault(c, 1) ?? 1)], pairs, method, proposer, pinned, forbidden, (_, _) => null);
    }

    private static Dictionary<string, int> Index(string[] codes) => codes.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);

    private static List<TalentMatch> Run(string[] researchers, string[] needs, int[] capacities, MatchPair[] pairs, MatchMethod method, Proposer proposer,
        IReadOnlyList<(string Researcher, string Need)>? pinned, IReadOnlyList<(string Researcher, string Need)>? forbidden, Func<int, int, FitBreakdown?> fit)
    {
        var r = Index(researchers);
        var n = Index(needs);
        (int, int) Resolve((string Researcher, string Need) pair, string what) =>
            (r.TryGetValue(pair.Researcher, out var a) ? a : throw new ArgumentException($"{what} pair {pair.Researcher}:{pair.Need}: no researcher '{pair.Researcher}'."),
             n.TryGetValue(pair.Need, out var b) ? b : throw new ArgumentException($"{what} pair {pair.Researcher}:{pair.Need}: no need '{pair.Need}'."));
        var pins = (pinned ?? []).Select(p => Resolve(p, "pinned")).ToArray();
        var bans = (forbidden ?? []).Select(p => Resolve(p, "forbidden")).ToArray();
        var problem = new MatchingProblem(capacities, needs.Length, pairs, pins, bans);
        var result = method == MatchMethod.Optimal ? OptimalAssignment.Solve(problem) : StableMatching.Solve(problem, proposer);
        var pinSet = pins.ToHashSet();
        return [.. result.Pairs.Select(p => new TalentMatch(researchers[p.Researcher], needs[p.Need], p.Score, fit(p.Researcher, p.Need), pinSet.Contains((p.Researcher, p.Need))))
            .OrderBy(m => m.Researcher, StringComparer.Ordinal).ThenBy(m => m.Need, StringComparer.Ordinal)];
    }
}
