using System.Text.Json.Serialization;

namespace ClusterScope.Domain.Programmes;

/// <summary>The enterprise received no payment from a programme in year t (no double support).</summary>
public sealed record NoPaymentFromClause : Clause
{
    /// <summary>The other programme's code.</summary>
    public required string Programme { get; init; }

    /// <inheritdoc />
    [JsonIgnore]
    public override string Kind => "no_payment_from";

    internal override ClauseTrace Evaluate(EnterpriseFacts facts, RuleContext context)
    {
        var paid = context.Payments.WasPaid(facts.Enterprise.Code, Programme, context.Year);
        return Trace(PassIf(!paid), new() { [Figure($"paid_by:{Programme}", context.Year)] = paid ? "true" : "false" });
    }

    internal override void Validate(IReadOnlySet<string> indicators, List<RuleError> errors)
    {
        if (string.IsNullOrWhiteSpace(Programme))
        {
            errors.Add(new(Where, "names no programme"));
        }
    }
}
