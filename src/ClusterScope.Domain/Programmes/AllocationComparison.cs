namespace ClusterScope.Domain.Programmes;

/// <summary>What each enterprise would get under each of several rules, shown before a rule is chosen.</summary>
/// <param name="Rules">The rules' names, in column order.</param>
/// <param name="Results">One result per rule, in the same order.</param>
/// <param name="Rows">One row per enterprise (in the candidates' order) with its amount under each rule.</param>
public sealed record AllocationComparison(IReadOnlyList<string> Rules, IReadOnlyList<AllocationResult> Results,
    IReadOnlyList<(string Enterprise, IReadOnlyList<decimal> Amounts)> Rows)
{
    /// <summary>Applies every rule to the same candidates and budget.</summary>
    public static AllocationComparison Compare(IReadOnlyList<(string Name, AllocationRule Rule)> rules, IReadOnlyList<AllocationCandidate> candidates,
        decimal budget, decimal? programmeCap = null)
    {
        var results = rules.Select(r => Allocation.Allocate(r.Rule, candidates, budget, programmeCap)).ToArray();
        var amounts = results.Select(r => r.Awards.ToDictionary(a => a.Enterprise, a => a.Amount, StringComparer.Ordinal)).ToArray();
        var rows = candidates.Select(c => (c.Enterprise, (IReadOnlyList<decimal>)[.. amounts.Select(a => a.GetValueOrDefault(c.Enterprise))])).ToArray();
        return new([.. rules.Select(r => r.Name)], results, rows);
    }
}
