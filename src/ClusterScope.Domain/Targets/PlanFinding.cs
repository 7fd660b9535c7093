namespace ClusterScope.Domain.Targets;

/// <summary>One inconsistency or implied quantity of a plan, in plain words naming the numbers.</summary>
/// <param name="Kind">What was checked.</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Message">The finding in plain English, naming the targets and numbers.</param>
/// <param name="MessageZh">The same in Chinese.</param>
/// <param name="TargetCodes">The targets involved.</param>
/// <param name="Expected">The number the plan states (the whole, the target), where one applies.</param>
/// <param name="Actual">The number found (the sum of the parts, the implied or observed quantity), where one applies.</param>
public sealed record PlanFinding(FindingKind Kind, FindingSeverity Severity, string Message, string MessageZh, IReadOnlyList<string> TargetCodes, double? Expected, double? Actual);
