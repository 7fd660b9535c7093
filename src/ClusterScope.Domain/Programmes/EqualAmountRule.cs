using System.Text.Json.Serialization;

namespace ClusterScope.Domain.Programmes;

/// <summary>Every eligible enterprise gets the same amount: <see cref="Amount"/> where set, else the budget divided by their number.</summary>
/// <remarks>With a fixed amount and too small a budget, enterprises are served in tie order (credit code, then code) and
/// the rest are cut off.</remarks>
public sealed record EqualAmountRule : AllocationRule
{
    /// <summary>The amount per enterprise in yuan; null to share the whole budget equally.</summary>
    public decimal? Amount { get; init; }

    /// <inheritdoc />
    [JsonIgnore]
    public override string Kind => "equal";

    internal override void Validate(IReadOnlySet<string> indicators, List<RuleError> errors)
    {
        if (Amount <= 0)
        {
            errors.Add(new("award.amount", "must be above zero"));
        }
    }
}
