namespace ClusterScope.Domain.Evaluation;

/// <summary>The choices of one run that are not part of the framework.</summary>
/// <param name="Replications">Monte Carlo replications for the rank intervals; 0 skips the uncertainty analysis.</param>
/// <param name="Seed">Seed of the Monte Carlo; the same seed gives the same intervals.</param>
/// <param name="PreviousRanks">Ranks of the previous run by unit, for "most improved" awards.</param>
public sealed record EvaluationOptions(int Replications = 10_000, int Seed = 1, IReadOnlyDictionary<string, double>? PreviousRanks = null);
