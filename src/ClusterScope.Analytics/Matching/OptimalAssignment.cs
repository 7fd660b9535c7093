using Google.OrTools.Graph;

namespace ClusterScope.Analytics.Matching;

/// <summary>Matches researchers to needs so that the total fit is as large as possible within the capacities.</summary>
public static class OptimalAssignment
{
    /// <summary>Fits are scaled to integers in steps of 1e-6 for the integer min-cost-flow solver.</summary>
    public const double Resolution = 1e-6;

    /// <summary>Solves the maximum-weight b-matching: each researcher serves at most its capacity, each need is served at most
    /// once, the sum of the matched scores is maximal; pinned pairs are kept and forbidden ones left out.</summary>
    /// <remarks>Reduction to minimum-cost flow (Ahuja, Magnanti &amp; Orlin, <i>Network Flows</i>, 1993, §12.6: the
    /// assignment and transportation problems as min-cost flow): source → researcher (capacity = capacity left after pins,
    /// cost 0), researcher → need (capacity 1, cost −round(score / 1e-6)), need → sink (capacity 1), plus a bypass arc
    /// source → sink at cost 0, so that not every researcher or need has to be matched and no pair lowers the total.
    /// Solved by OR-Tools' <c>MinCostFlow</c> (cost scaling, Goldberg 1997). Only pairs with a score above zero are
    /// matched; a matching is optimal to within the rounding of the scores to 1e-6. Between equal totals the solver's
    /// choice is deterministic for the same input order.</remarks>
    /// <exception cref="ArgumentException">The problem is inconsistent (see <see cref="MatchingProblem"/>).</exception>
    /// <exception cref="InvalidOperationException">The solver did not report an optimal flow.</exception>
    public static MatchingResult Solve(MatchingProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var (left, pins, open) = problem.Prepare();
        int researchers = left.Length, source = researchers + problem.Needs, sink = source + 1;
        var flow = new MinCostFlow();
        long supply = 0;
        for (var r = 0; r < researchers; r++)
        {
            if (left[r] > 0)
            {
                flow.AddArcWithCapacityAndUnitCost(source, r, left[r], 0);
                supply += left[r];
            }
        }

        var arcs = new int[open.Length];
        var needsUsed = new HashSet<int>();
        for (var i = 0; i < open.Length; i++)
        {
            arcs[i] = flow.AddArcWithCapacityAndUnitCost(open[i].Researcher, researchers + open[i].Need, 1, -(long)Math.Round(open[i].Score / Resolution));
            needsUsed.Add(open[i].Need);
        }

        foreach (var n in needsUsed.Order())
        {
            flow.AddArcWithCapacityAndUnitCost(researchers + n, sink, 1, 0);
        }

        flow.AddArcWithCapacityAndUnitCost(source, sink, supply, 0);
        flow.SetNodeSupply(source, supply);
        flow.SetNodeSupply(sink, -supply);
        var status = flow.Solve();
        if (status != MinCostFlowBase.Status.OPTIMAL)
        {
            throw new InvalidOperationException($"The min-cost-flow solver stopped with status {status}.");
        }

        var matched = open.Where((_, i) => flow.Flow(arcs[i]) > 0).OrderBy(p => p.Researcher).ThenBy(p => p.Need);
        return new MatchingResult([.. pins, .. matched]);
    }
}
