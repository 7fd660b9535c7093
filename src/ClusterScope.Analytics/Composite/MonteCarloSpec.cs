namespace ClusterScope.Analytics.Composite;

/// <summary>What a Monte Carlo uncertainty or sensitivity analysis varies, and how many runs it makes.</summary>
/// <remarks>OECD/JRC (2008) Handbook, step 7; COINr 1.1.14 <c>get_sensitivity</c> / <c>get_noisy_weights</c>. Imputation
/// and treatment stay as in the nominal run (the scenario grid varies them).</remarks>
/// <param name="Replications">Number of runs (uncertainty analysis), or N, the base sample size, of the sensitivity
/// design (N(d + 2) runs).</param>
/// <param name="Seed">Seed of <see cref="Random"/>; the same seed gives the same result on any number of cores.</param>
/// <param name="WeightPerturbation">Every weight (indicators and aggregates) is multiplied by 1 + p U(-1, 1), as COINr's
/// <c>get_noisy_weights(NoiseFactor = p)</c>; 0 keeps the nominal weights.</param>
/// <param name="Normalisations">Alternatives drawn with equal probability; <see langword="null"/> keeps the nominal one.</param>
/// <param name="Aggregations">Alternatives (used at every level) drawn with equal probability; <see langword="null"/>
/// keeps the nominal one.</param>
/// <param name="VaryInclusion">If set, each run leaves out one indicator, or none, each with probability 1/(n + 1).</param>
/// <param name="MaxDegreeOfParallelism">Cores used; -1 for all.</param>
public sealed record MonteCarloSpec(int Replications, int Seed, double WeightPerturbation = 0.25,
    IReadOnlyList<NormalisationSpec>? Normalisations = null, IReadOnlyList<AggregationSpec>? Aggregations = null,
    bool VaryInclusion = false, int MaxDegreeOfParallelism = -1);
