namespace ClusterScope.Domain.Programmes;

/// <summary>Checks a programme's definition before it is stored or evaluated.</summary>
public static class ProgrammeValidator
{
    /// <summary>Every problem in <paramref name="programme"/>: unknown fields or indicators, wrong field types, duplicate
    /// clause ids, a budget below zero, a cap above the budget, an empty period.</summary>
    /// <param name="programme">The programme version.</param>
    /// <param name="indicators">The enterprise indicator codes clauses may read.</param>
    public static IReadOnlyList<RuleError> Validate(Programme programme, IReadOnlySet<string> indicators)
    {
        var errors = new List<RuleError>();
        if (string.IsNullOrWhiteSpace(programme.Code))
        {
            errors.Add(new("code", "is empty"));
        }

        if (string.IsNullOrWhiteSpace(programme.NameZh) || string.IsNullOrWhiteSpace(programme.NameEn))
        {
            errors.Add(new("name", "needs both a Chinese and an English name"));
        }

        if (programme.Version < 1)
        {
            errors.Add(new("version", "starts at 1"));
        }

        if (programme.PeriodEnd < programme.PeriodStart)
        {
            errors.Add(new("period", $"ends ({programme.PeriodEnd:yyyy-MM-dd}) before it starts ({programme.PeriodStart:yyyy-MM-dd})"));
        }

        if (programme.TargetGroupsEn.Count != programme.TargetGroupsZh.Count)
        {
            errors.Add(new("targetGroups", $"{programme.TargetGroupsEn.Count} English and {programme.TargetGroupsZh.Count} Chinese names: give each group in both"));
        }

        ValidateBudget(programme, errors);
        programme.Award.Validate(indicators, errors);
        programme.Eligibility.Validate(indicators, errors);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var clause in Walk(programme.Eligibility))
        {
            if (string.IsNullOrWhiteSpace(clause.Id))
            {
                errors.Add(new($"a '{clause.Kind}' clause", "has no id"));
            }
            else if (!seen.Add(clause.Id))
            {
                errors.Add(new(clause.Where, "the id is used twice"));
            }
        }

        return errors;
    }

    private static void ValidateBudget(Programme programme, List<RuleError> errors)
    {
        var budget = programme.Budget;
        if (budget.Total < 0)
        {
            errors.Add(new("budget.total", $"{budget.Total} is below zero"));
        }

        foreach (var (year, amount) in budget.PerYear.OrderBy(p => p.Key))
        {
            if (amount < 0)
            {
                errors.Add(new($"budget.perYear[{year}]", $"{amount} is below zero"));
            }

            if (!programme.Covers(year))
            {
                errors.Add(new($"budget.perYear[{year}]", $"{year} lies outside the programme's period"));
            }
        }

        if (budget.PerYear.Count > 0 && budget.PerYear.Values.Sum() > budget.Total)
        {
            errors.Add(new("budget.perYear", $"the years add up to {budget.PerYear.Values.Sum()}, above the total {budget.Total}"));
        }

        var largest = budget.PerYear.Count > 0 ? budget.PerYear.Values.Max() : budget.Total;
        foreach (var (where, cap) in new[] { ("perEnterpriseCap", programme.PerEnterpriseCap), ("award.cap", programme.Award.Cap) })
        {
            if (cap < 0)
            {
                errors.Add(new(where, $"{cap} is below zero"));
            }
            else if (cap > largest && largest >= 0)
            {
                errors.Add(new(where, $"{cap} is above the budget ({largest})"));
            }
        }
    }

    private static IEnumerable<Clause> Walk(Clause clause) => clause.Parts.SelectMany(Walk).Prepend(clause);
}
