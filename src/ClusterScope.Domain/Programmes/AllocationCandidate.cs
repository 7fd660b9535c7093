namespace ClusterScope.Domain.Programmes;

/// <summary>An eligible enterprise as an allocation sees it.</summary>
/// <param name="Enterprise">The enterprise's code.</param>
/// <param name="CreditCode">Its unified social credit code, used to break ties; null when unknown.</param>
/// <param name="Base">The value of the rule's base indicator in the indicator's unit; null when not observed.</param>
/// <param name="Score">The ranking score (ranked rules only; higher is better).</param>
public sealed record AllocationCandidate(string Enterprise, string? CreditCode, decimal? Base, double Score = 0);
