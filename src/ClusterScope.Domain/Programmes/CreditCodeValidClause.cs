using System.Text.Json.Serialization;
using ClusterScope.Domain.Registry;

namespace ClusterScope.Domain.Programmes;

/// <summary>The enterprise's unified social credit code is present and valid (GB 32100-2015, check character included).</summary>
public sealed record CreditCodeValidClause : Clause
{
    /// <inheritdoc />
    [JsonIgnore]
    public override string Kind => "credit_code_valid";

    internal override ClauseTrace Evaluate(EnterpriseFacts facts, RuleContext context)
    {
        if (facts.Enterprise.CreditCode is not { } code)
        {
            return Trace(ClauseOutcome.Unknown, [], "credit_code");
        }

        var valid = UnifiedSocialCreditCode.TryValidate(code, out var error);
        var values = new Dictionary<string, string> { ["credit_code"] = code };
        if (error is not null)
        {
            values["error"] = error;
        }

        return Trace(PassIf(valid), values);
    }

    internal override void Validate(IReadOnlySet<string> indicators, List<RuleError> errors)
    {
    }
}
