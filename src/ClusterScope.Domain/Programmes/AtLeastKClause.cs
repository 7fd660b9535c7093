using System.Text.Json.Serialization;

namespace ClusterScope.Domain.Programmes;

/// <summary>At least <see cref="K"/> of the combined clauses must pass.</summary>
public sealed record AtLeastKClause : CombinedClause
{
    /// <summary>How many clauses must pass, 1 to the number of clauses.</summary>
    public required int K { get; init; }

    /// <inheritdoc />
    [JsonIgnore]
    public override string Kind => "at_least_k";

    internal override int Needed => K;

    internal override void Validate(IReadOnlySet<string> indicators, List<RuleError> errors)
    {
        if (K < 1 || K > Clauses.Count)
        {
            errors.Add(new(Where, $"k = {K} must be between 1 and the number of clauses ({Clauses.Count})"));
        }

        base.Validate(indicators, errors);
    }
}
