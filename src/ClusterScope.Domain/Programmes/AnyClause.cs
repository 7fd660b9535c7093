using System.Text.Json.Serialization;

namespace ClusterScope.Domain.Programmes;

/// <summary>At least one combined clause must pass.</summary>
public sealed record AnyClause : CombinedClause
{
    /// <inheritdoc />
    [JsonIgnore]
    public override string Kind => "any";

    internal override int Needed => Math.Min(1, Clauses.Count);
}
