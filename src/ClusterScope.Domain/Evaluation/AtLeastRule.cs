namespace ClusterScope.Domain.Evaluation;

/// <summary>"At least k of n": a unit is ranked only if it meets at least <see cref="K"/> of the <see cref="Conditions"/>.</summary>
/// <param name="K">How many conditions must be met (1..n).</param>
/// <param name="Conditions">The n conditions.</param>
/// <param name="Reason">Why the rule exists, shown with the exclusion.</param>
/// <param name="ReasonZh">The reason in Chinese.</param>
public sealed record AtLeastRule(int K, IReadOnlyList<IndicatorCondition> Conditions, string? Reason = null, string? ReasonZh = null);
