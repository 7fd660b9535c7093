namespace ClusterScope.Domain.Evaluation;

/// <summary>A condition every ranked unit must meet; a unit that fails it is neither ranked nor awarded.</summary>
/// <param name="Condition">The bound on a raw indicator value.</param>
/// <param name="Reason">Why the threshold exists, shown with the exclusion.</param>
/// <param name="ReasonZh">The reason in Chinese.</param>
public sealed record HardThreshold(IndicatorCondition Condition, string? Reason = null, string? ReasonZh = null);
