namespace ClusterScope.Domain.Programmes;

/// <summary>How one clause was decided for one enterprise: the outcome, the values it used and what was missing.</summary>
/// <param name="Id">The clause's id in the rule set.</param>
/// <param name="Kind">The clause kind, as written in rule files (e.g. <c>ratio_at_least</c>).</param>
/// <param name="Outcome">Pass, fail or unknown.</param>
/// <param name="Values">Each value the clause read, by name (e.g. <c>enterprise_rd_expense[2023]</c> = <c>3.2</c>).</param>
/// <param name="Missing">The figures the data lack, by the same names; empty unless the outcome is unknown.</param>
/// <param name="Children">The traces of a combination's clauses, in rule order.</param>
public sealed record ClauseTrace(string Id, string Kind, ClauseOutcome Outcome, IReadOnlyDictionary<string, string> Values,
    IReadOnlyList<string> Missing, IReadOnlyList<ClauseTrace> Children)
{
    /// <summary>Every clause of the tree, this one first, depth first.</summary>
    public IEnumerable<ClauseTrace> Flatten() => Children.SelectMany(c => c.Flatten()).Prepend(this);
}
