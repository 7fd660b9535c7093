namespace ClusterScope.Domain.Evaluation;

/// <summary>A unit that meets a demotion rule, with the bottom placings that triggered it.</summary>
/// <param name="Unit">The unit code.</param>
/// <param name="Years">The years of the bottom placings inside the first window that met the rule.</param>
public sealed record DemotionFinding(string Unit, IReadOnlyList<int> Years);
