namespace ClusterScope.Domain.Programmes;

/// <summary>A clause that combines others (all, any, k of n).</summary>
public abstract record CombinedClause : Clause
{
    /// <summary>The combined clauses, in order.</summary>
    public required IReadOnlyList<Clause> Clauses { get; init; }

    internal override IEnumerable<Clause> Parts => Clauses;

    /// <summary>The least number of passing parts that passes the combination.</summary>
    internal abstract int Needed { get; }

    /// <remarks>Three-valued: pass once <see cref="Needed"/> parts pass; fail once too few can still pass; else unknown.
    /// For <c>all</c> this is Kleene's strong conjunction, for <c>any</c> the disjunction.</remarks>
    internal override ClauseTrace Evaluate(EnterpriseFacts facts, RuleContext context)
    {
        var children = Clauses.Select(c => c.Evaluate(facts, context)).ToArray();
        var passed = children.Count(c => c.Outcome == ClauseOutcome.Pass);
        var open = children.Count(c => c.Outcome == ClauseOutcome.Unknown);
        var outcome = passed >= Needed ? ClauseOutcome.Pass : passed + open < Needed ? ClauseOutcome.Fail : ClauseOutcome.Unknown;
        var values = new Dictionary<string, string>
        {
            ["passed"] = passed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["unknown"] = open.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["needed"] = Needed.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var missing = outcome == ClauseOutcome.Unknown ? children.Where(c => c.Outcome == ClauseOutcome.Unknown).SelectMany(c => c.Missing).Distinct().ToArray() : [];
        return new ClauseTrace(Id, Kind, outcome, values, missing, children);
    }

    internal override void Validate(IReadOnlySet<string> indicators, List<RuleError> errors)
    {
        if (Clauses.Count == 0)
        {
            errors.Add(new(Where, "combines no clause"));
        }

        foreach (var clause in Clauses)
        {
            clause.Validate(indicators, errors);
        }
    }
}
