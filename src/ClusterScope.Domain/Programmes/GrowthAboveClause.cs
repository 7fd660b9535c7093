using System.Text.Json.Serialization;

namespace ClusterScope.Domain.Programmes;

/// <summary>An indicator grew from year t-1 to year t by more than a rate, e.g. R&amp;D expense growth &gt; 0.</summary>
/// <remarks>Growth is (x_t - x_{t-1}) / x_{t-1}; with x_{t-1} = 0 it is unknown (no rate), and the trace names the zero figure.</remarks>
public sealed record GrowthAboveClause : Clause
{
    /// <summary>The indicator's code.</summary>
    public required string Indicator { get; init; }

    /// <summary>The growth rate to exceed, as a fraction (0 for "grew").</summary>
    public double Threshold { get; init; }

    /// <inheritdoc />
    [JsonIgnore]
    public override string Kind => "growth_above";

    internal override ClauseTrace Evaluate(EnterpriseFacts facts, RuleContext context)
    {
        string now = Figure(Indicator, context.Year), before = Figure(Indicator, context.Year - 1);
        var (current, previous) = (facts.Value(Indicator, context.Year), facts.Value(Indicator, context.Year - 1));
        var values = new Dictionary<string, string>();
        var missing = new List<string>();
        if (current is { } c)
        {
            values[now] = Show(c);
        }
        else
        {
            missing.Add(now);
        }

        if (previous is { } p)
        {
            values[before] = Show(p);
        }

        if (previous is null || previous == 0)
        {
            missing.Add(previous is null ? before : $"{before} (zero)");
        }

        if (missing.Count > 0)
        {
            return Trace(ClauseOutcome.Unknown, values, [.. missing]);
        }

        var growth = (current!.Value - previous!.Value) / previous.Value;
        values["growth"] = Show(growth);
        return Trace(PassIf(growth > Threshold), values);
    }

    internal override void Validate(IReadOnlySet<string> indicators, List<RuleError> errors)
    {
        RequireIndicator(Indicator, "indicator", indicators, errors);
        if (!double.IsFinite(Threshold))
        {
            errors.Add(new(Where, "threshold must be a finite number"));
        }
    }
}
