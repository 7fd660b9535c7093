using System.Text.Json.Serialization;

namespace ClusterScope.Domain.Programmes;

/// <summary>An indicator's value in year t (or an offset year) lies within bounds, e.g. employment ≤ 1,000.</summary>
/// <remarks><see cref="Min"/> and <see cref="Max"/> are inclusive, <see cref="Below"/> exclusive (for "fewer than"); an absent bound is open.</remarks>
public sealed record ValueBetweenClause : Clause
{
    /// <summary>The indicator's code.</summary>
    public required string Indicator { get; init; }

    /// <summary>Least value that passes; null for no lower bound.</summary>
    public double? Min { get; init; }

    /// <summary>Greatest value that passes; null for no upper bound.</summary>
    public double? Max { get; init; }

    /// <summary>A value that passes must be strictly below this; null for none.</summary>
    public double? Below { get; init; }

    /// <summary>Which year relative to t: 0 for t, -1 for t-1.</summary>
    public int YearOffset { get; init; }

    /// <inheritdoc />
    [JsonIgnore]
    public override string Kind => "value_between";

    internal override ClauseTrace Evaluate(EnterpriseFacts facts, RuleContext context)
    {
        var name = Figure(Indicator, context.Year + YearOffset);
        return facts.Value(Indicator, context.Year + YearOffset) is { } v
            ? Trace(PassIf((Min is null || v >= Min) && (Max is null || v <= Max) && (Below is null || v < Below)), new() { [name] = Show(v) })
            : Trace(ClauseOutcome.Unknown, [], name);
    }

    internal override void Validate(IReadOnlySet<string> indicators, List<RuleError> errors)
    {
        RequireIndicator(Indicator, "indicator", indicators, errors);
        if (Min is null && Max is null && Below is null)
        {
            errors.Add(new(Where, "sets no bound (min, max or below)"));
        }
        else if (Min > Max)
        {
            errors.Add(new(Where, $"min {Show(Min!.Value)} is above max {Show(Max!.Value)}"));
        }
    }
}
