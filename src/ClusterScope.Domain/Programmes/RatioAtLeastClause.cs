using System.Text.Json.Serialization;

namespace ClusterScope.Domain.Programmes;

/// <summary>One indicator is at least a share of another in the same year, e.g. R&amp;D expense in year t ≥ 3 % of revenue.</summary>
/// <remarks>A zero or missing denominator, or a missing numerator, leaves the clause unknown and names the figure.</remarks>
public sealed record RatioAtLeastClause : Clause
{
    /// <summary>The numerator's indicator code.</summary>
    public required string Numerator { get; init; }

    /// <summary>The denominator's indicator code.</summary>
    public required string Denominator { get; init; }

    /// <summary>The least ratio that passes, as a fraction (0.03 for 3 %).</summary>
    public required double Threshold { get; init; }

    /// <summary>Which year relative to t: 0 for t, -1 for t-1.</summary>
    public int YearOffset { get; init; }

    /// <inheritdoc />
    [JsonIgnore]
    public override string Kind => "ratio_at_least";

    internal override ClauseTrace Evaluate(EnterpriseFacts facts, RuleContext context)
    {
        var year = context.Year + YearOffset;
        string n = Figure(Numerator, year), d = Figure(Denominator, year);
        var (num, den) = (facts.Value(Numerator, year), facts.Value(Denominator, year));
        var values = new Dictionary<string, string>();
        if (num is { } a) values[n] = Show(a);
        if (den is { } b) values[d] = Show(b);
        var missing = new List<string>();
        if (num is null) missing.Add(n);
        if (den is null || den == 0) missing.Add(den is null ? d : $"{d} (zero)");
        if (missing.Count > 0)
        {
            return Trace(ClauseOutcome.Unknown, values, [.. missing]);
        }

        var ratio = num!.Value / den!.Value;
        values["ratio"] = Show(ratio);
        return Trace(PassIf(ratio >= Threshold), values);
    }

    internal override void Validate(IReadOnlySet<string> indicators, List<RuleError> errors)
    {
        RequireIndicator(Numerator, "numerator", indicators, errors);
        RequireIndicator(Denominator, "denominator", indicators, errors);
        if (!double.IsFinite(Threshold))
        {
            errors.Add(new(Where, "threshold must be a finite number"));
        }
    }
}
