namespace ClusterScope.Domain.Programmes;

/// <summary>One problem in a programme's definition.</summary>
/// <param name="Where">The clause id or programme field at fault, e.g. <c>clause 'rd-intensity'</c> or <c>budget.total</c>.</param>
/// <param name="Problem">What is wrong, in plain words.</param>
public sealed record RuleError(string Where, string Problem)
{
    /// <inheritdoc />
    public override string ToString() => $"{Where}: {Problem}";
}
