using System.Text.Json.Serialization;

namespace ClusterScope.Domain.Programmes;

/// <summary>Enterprises ranked by score, highest first, each get their full request until the budget runs out.</summary>
/// <remarks>The request is <see cref="Amount"/>, or rate × base (capped) when <see cref="Rate"/> is set. Ties in score go
/// to the lower unified social credit code (ordinal), an enterprise without one after those with one, then the lower
/// enterprise code. The first enterprise whose request no longer fits stops the ranking: it and everyone below are cut off
/// (no skipping to a smaller request further down), and the rest of the budget is leftover.</remarks>
public sealed record RankedRule : AllocationRule
{
    /// <summary>Fixed request per enterprise in yuan; null when <see cref="Rate"/> is used.</summary>
    public decimal? Amount { get; init; }

    /// <summary>The indicator used as base with <see cref="Rate"/>; null with a fixed amount.</summary>
    public string? Base { get; init; }

    /// <summary>Yuan per unit of the base indicator.</summary>
    public decimal BaseScale { get; init; } = 1m;

    /// <summary>The share of the base requested; null with a fixed amount.</summary>
    public decimal? Rate { get; init; }

    /// <summary>What the score is, e.g. "R&amp;D intensity in year t" (documentation; scores are given to the allocation).</summary>
    public string? Score { get; init; }

    /// <inheritdoc />
    [JsonIgnore]
    public override string Kind => "ranked";

    internal override void Validate(IReadOnlySet<string> indicators, List<RuleError> errors)
    {
        if ((Amount is null) == (Rate is null))
        {
            errors.Add(new("award", "a ranked rule sets either amount or rate (with base), not both or neither"));
        }
        else if (Amount <= 0)
        {
            errors.Add(new("award.amount", "must be above zero"));
        }
        else if (Rate is not null && (Rate <= 0 || string.IsNullOrWhiteSpace(Base)))
        {
            errors.Add(new("award.rate", "must be above zero, with a base indicator"));
        }
        else if (Base is not null && !indicators.Contains(Base))
        {
            errors.Add(new("award.base", $"'{Base}' is not a known indicator"));
        }
    }
}
