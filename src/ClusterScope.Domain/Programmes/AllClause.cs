using System.Text.Json.Serialization;

namespace ClusterScope.Domain.Programmes;

/// <summary>Every combined clause must pass.</summary>
public sealed record AllClause : CombinedClause
{
    /// <inheritdoc />
    [JsonIgnore]
    public override string Kind => "all";

    internal override int Needed => Clauses.Count;
}
