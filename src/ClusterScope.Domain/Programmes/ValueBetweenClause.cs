namespace ClusterScope.Domain.Programmes;

/// <summary>An indicator's value in year t (or an offset year) lies within bounds, e.g. employment ≤ 1,000.</summary>
/// <remarks>Both bounds are inclusive; an absent bound is open.</remarks>
public sealed record ValueBetweenClause : Clause
{
    /// <summary>The indicator's code.</summary>
    public required string Indicator { get; init; }

    /// <summary>Least value that passes; null for no lower bound.</summary>
    public double? Min { get; init; }

    /// <summary>Greatest value that passes; null for no upper bound.</summary>
    public double? Max { get; init; }

    /// <summary>Which year relative to t: 0 for t, -1 for t-1.</summary>
    public int YearOffset { get; init; }

    /// <inheritdoc />
    public override string Kind => "value_between";

    internal override ClauseTrace Evaluate(EnterpriseFacts facts, RuleContext context)
    {
        var name = Figure(Indicator, context.Year + YearOffset);
        return facts.Value(Indicator, context.Year + YearOffset) is { } v
            ? Trace(PassIf((Min is null || v >= Min) && (Max is null || v <= Max)), new() { [name] = Show(v) })
            : Trace(ClauseOutcome.Unknown, [], name);
    }

    internal override void Validate(IReadOnlySet<string> indicators, List<RuleError> errors)
    {
        RequireIndicator(Indicator, "indicator", indicators, errors);
        if (Min is null && Max is null)
        {
            errors.Add(new(Where, "sets neither min nor max"));
        }
        else if (Min > Max)
        {
            errors.Add(new(Where, $"min {Show(Min!.Value)} is above max {Show(Max!.Value)}"));
        }
    }
}
