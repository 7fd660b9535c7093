namespace ClusterScope.Domain.Programmes;

/// <summary>What one enterprise asked for (by the rule) and gets, in yuan.</summary>
/// <param name="Enterprise">The enterprise's code.</param>
/// <param name="Requested">The amount the rule gives before the budget binds (after caps).</param>
/// <param name="Amount">The amount awarded.</param>
/// <param name="Capped">True when a cap lowered the request.</param>
public sealed record Award(string Enterprise, decimal Requested, decimal Amount, bool Capped);
