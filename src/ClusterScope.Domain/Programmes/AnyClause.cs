namespace ClusterScope.Domain.Programmes;

/// <summary>At least one combined clause must pass.</summary>
public sealed record AnyClause : CombinedClause
{
    /// <inheritdoc />
    public override string Kind => "any";

    internal override int Needed => Math.Min(1, Clauses.Count);
}
