namespace ClusterScope.Domain.Programmes;

/// <summary>One enterprise's eligibility for one programme version and year, with the trace of every clause.</summary>
/// <param name="Enterprise">The enterprise's code.</param>
/// <param name="Outcome">The rule's outcome: eligible (pass), ineligible (fail) or undecidable (unknown).</param>
/// <param name="Trace">The root clause's trace; its children hold the rest.</param>
public sealed record EligibilityResult(string Enterprise, ClauseOutcome Outcome, ClauseTrace Trace)
{
    /// <summary>The leaf clauses that failed, the reasons an ineligible enterprise is ineligible.</summary>
    public IEnumerable<ClauseTrace> FailedClauses => Trace.Flatten().Where(t => t.Children.Count == 0 && t.Outcome == ClauseOutcome.Fail);
}
