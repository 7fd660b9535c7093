namespace ClusterScope.Domain.Programmes;

/// <summary>Shares a budget among eligible enterprises by an <see cref="AllocationRule"/>.</summary>
/// <remarks>Exact decimal arithmetic; every amount is rounded down to the fen, so the total never exceeds the budget.
/// The effective cap is the lower of the rule's cap and the programme's per-enterprise cap.</remarks>
public static class Allocation
{
    /// <summary>Applies <paramref name="rule"/> to <paramref name="candidates"/> within <paramref name="budget"/> yuan.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The budget is below zero.</exception>
    /// <exception cref="ArgumentException">Two candidates have the same enterprise code.</exception>
    public static AllocationResult Allocate(AllocationRule rule, IReadOnlyList<AllocationCandidate> candidates, decimal budget, decimal? programmeCap = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(budget);
        if (candidates.GroupBy(c => c.Enterprise, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"Enterprise '{twice.Key}' is listed twice.", nameof(candidates));
        }

        var cap = (rule.Cap, programmeCap) switch
        {
            (null, var p) => p,
            (var r, null) => r,
            (var r, var p) => Math.Min(r!.Value, p!.Value),
        };
        return rule switch
        {
            EqualAmountRule equal => Equal(equal, candidates, budget, cap),
            ProportionalRule proportional => Proportional(proportional, candidates, budget, cap),
            RankedRule ranked => Ranked(ranked, candidates, budget, cap),
            _ => throw new ArgumentException($"Unknown allocation rule '{rule.Kind}'.", nameof(rule)),
        };
    }

    /// <summary>Candidates in tie order: lower credit code first, those without one after, then lower enterprise code.</summary>
    public static IOrderedEnumerable<AllocationCandidate> InTieOrder(IEnumerable<AllocationCandidate> candidates) =>
        candidates.OrderBy(c => c.CreditCode is null).ThenBy(c => c.CreditCode, StringComparer.Ordinal).ThenBy(c => c.Enterprise, StringComparer.Ordinal);

    private static AllocationResult Equal(EqualAmountRule rule, IReadOnlyList<AllocationCandidate> candidates, decimal budget, decimal? cap)
    {
        if (candidates.Count == 0)
        {
            return new(rule, budget, [], [], []);
        }

        var share = rule.Amount ?? AllocationRule.Fen(budget / candidates.Count);
        var capped = cap < share;
        var request = capped ? cap!.Value : share;
        return Serve(rule, InTieOrder(candidates).Select(c => (c.Enterprise, request, capped)), budget, []);
    }

    private static AllocationResult Proportional(ProportionalRule rule, IReadOnlyList<AllocationCandidate> candidates, decimal budget, decimal? cap)
    {
        var lacking = candidates.Where(c => c.Base is null).Select(c => c.Enterprise).ToArray();
        var requests = candidates.Where(c => c.Base is not null).Select(c => Request(c.Enterprise, c.Base!.Value * rule.BaseScale * rule.Rate, cap)).ToArray();
        var asked = requests.Sum(r => r.Amount);
        if (asked <= budget)
        {
            return new(rule, budget, [.. requests.Select(r => new Award(r.Enterprise, r.Amount, r.Amount, r.Capped))], [], lacking);
        }

        var factor = budget / asked;
        return new(rule, budget, [.. requests.Select(r => new Award(r.Enterprise, r.Amount, AllocationRule.Fen(r.Amount * factor), r.Capped))], [], lacking);
    }

    private static AllocationResult Ranked(RankedRule rule, IReadOnlyList<AllocationCandidate> candidates, decimal budget, decimal? cap)
    {
        var ranked = candidates.OrderByDescending(c => c.Score).ThenBy(c => c.CreditCode is null)
            .ThenBy(c => c.CreditCode, StringComparer.Ordinal).ThenBy(c => c.Enterprise, StringComparer.Ordinal).ToArray();
        if (rule.Amount is { } fixedAmount)
        {
            var capped = cap < fixedAmount;
            return Serve(rule, ranked.Select(c => (c.Enterprise, capped ? cap!.Value : fixedAmount, capped)), budget, []);
        }

        var lacking = ranked.Where(c => c.Base is null).Select(c => c.Enterprise).ToArray();
        var requests = ranked.Where(c => c.Base is not null).Select(c => Request(c.Enterprise, c.Base!.Value * rule.BaseScale * rule.Rate!.Value, cap));
        return Serve(rule, requests, budget, lacking);
    }

    private static (string Enterprise, decimal Amount, bool Capped) Request(string enterprise, decimal raw, decimal? cap)
    {
        var amount = AllocationRule.Fen(Math.Max(raw, 0));
        return cap < amount ? (enterprise, cap!.Value, true) : (enterprise, amount, false);
    }

    /// <summary>Grants requests in order until one no longer fits; that one and all after it are cut off.</summary>
    private static AllocationResult Serve(AllocationRule rule, IEnumerable<(string Enterprise, decimal Amount, bool Capped)> requests, decimal budget, string[] lacking)
    {
        var awards = new List<Award>();
        var cut = new List<string>();
        var left = budget;
        foreach (var (enterprise, amount, capped) in requests)
        {
            var fits = cut.Count == 0 && amount <= left;
            awards.Add(new Award(enterprise, amount, fits ? amount : 0, capped));
            if (fits)
            {
                left -= amount;
            }
            else if (amount > 0)
            {
                cut.Add(enterprise);
            }
        }

        return new(rule, budget, awards, cut, lacking);
    }
}
