using ClusterScope.Analytics.Composite;

namespace ClusterScope.Domain.Evaluation;

/// <summary>What the Monte Carlo uncertainty analysis of a framework varies.</summary>
/// <remarks>Mirrors <see cref="MonteCarloSpec"/> without the run size and seed, which belong to a run, not a framework.</remarks>
/// <param name="WeightPerturbation">Each weight is multiplied by 1 + p U(-1, 1); in [0, 1).</param>
/// <param name="Normalisations">Normalisations drawn with equal probability; <see langword="null"/> keeps the framework's.</param>
/// <param name="Aggregations">Aggregations (at every level) drawn with equal probability; <see langword="null"/> keeps the
/// framework's, which then must be the same at both levels.</param>
/// <param name="VaryInclusion">Whether each replication may leave out one indicator.</param>
public sealed record UncertaintyOptions(double WeightPerturbation = 0.25, IReadOnlyList<NormalisationSpec>? Normalisations = null,
    IReadOnlyList<AggregationSpec>? Aggregations = null, bool VaryInclusion = false)
{
    /// <summary>The engine's specification for <paramref name="replications"/> runs from <paramref name="seed"/>.</summary>
    public MonteCarloSpec ToSpec(int replications, int seed) =>
        new(replications, seed, WeightPerturbation, Normalisations, Aggregations, VaryInclusion);
}
