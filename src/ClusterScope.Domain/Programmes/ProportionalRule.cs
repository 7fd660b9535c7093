using System.Text.Json.Serialization;

namespace ClusterScope.Domain.Programmes;

/// <summary>Each enterprise gets a rate times its base (e.g. 10 % of its R&amp;D expense), capped.</summary>
/// <remarks>When the capped requests exceed the budget, every award is scaled by budget / requested (pro rata) and rounded
/// down to the fen; nobody is cut off. An enterprise without a base gets nothing and is listed as lacking it.</remarks>
public sealed record ProportionalRule : AllocationRule
{
    /// <summary>The indicator whose value is the base, e.g. <c>enterprise_rd_expense</c>.</summary>
    public required string Base { get; init; }

    /// <summary>Yuan per unit of the base indicator (100000000 for an indicator in 100m CNY).</summary>
    public decimal BaseScale { get; init; } = 1m;

    /// <summary>The share of the base paid, e.g. 0.1.</summary>
    public required decimal Rate { get; init; }

    /// <inheritdoc />
    [JsonIgnore]
    public override string Kind => "proportional";

    internal override void Validate(IReadOnlySet<string> indicators, List<RuleError> errors)
    {
        if (!indicators.Contains(Base))
        {
            errors.Add(new("award.base", $"'{Base}' is not a known indicator"));
        }

        if (Rate <= 0)
        {
            errors.Add(new("award.rate", "must be above zero"));
        }

        if (BaseScale <= 0)
        {
            errors.Add(new("award.baseScale", "must be above zero"));
        }
    }
}
