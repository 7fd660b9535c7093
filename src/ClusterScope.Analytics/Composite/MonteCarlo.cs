namespace ClusterScope.Analytics.Composite;

/// <summary>Monte Carlo uncertainty analysis: how far each unit's rank moves when weights, normalisation, aggregation
/// and the indicator set are varied at random.</summary>
/// <remarks>OECD/JRC (2008) <i>Handbook on Constructing Composite Indicators</i>, step 7; Saisana, Saltelli and
/// Tarantola (2005), <i>J. R. Stat. Soc. A</i> 168(2); COINr 1.1.14 <c>get_sensitivity(SA_type = "UA")</c> with
/// <c>get_noisy_weights</c>. Each replication draws, from <see cref="Random"/> (seeded per chunk of 128 replications,
/// see <see cref="MonteCarloSpec.Seed"/>), every weight as w (1 + p U(-1, 1)), then a normalisation, an aggregation and
/// (optionally) one indicator to leave out, each uniformly among the alternatives. Imputation and treatment are those
/// of the nominal run; normalisations are computed once. Ranks have ties "min"; quantiles are R type 7. A missing
/// indicator value is dropped with its weight, as in the nominal run; an aggregate whose children are all left out is
/// skipped by its parent.</remarks>
public static class MonteCarlo
{
    /// <summary>Runs the analysis around <paramref name="nominal"/>.</summary>
    /// <remarks>Reproducible: the same spec gives the same statistics on any number of cores. Units excluded from the
    /// nominal ranking are left out. <paramref name="progress"/>, if given, receives the number of replications done
    /// (from worker threads, in no fixed order), so a caller can show progress; it does not change the result.</remarks>
    /// <exception cref="ArgumentException">Fewer than 1 replication, a perturbation outside [0, 1), an empty list of
    /// alternatives, or an aggregation that cannot take a normalisation's values (e.g. geometric mean of a 0; the unit
    /// and indicator are named).</exception>
    public static MonteCarloResult Run(CompositeResult nominal, MonteCarloSpec spec, IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(nominal);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentOutOfRangeException.ThrowIfLessThan(spec.Replications, 1);
        var (kernel, nominalRanks, units) = Prepare(nominal, spec);
        var baseWeights = (double[])kernel.Tree.Weight.Clone();
        var counts = ReplicationRunner.Run(kernel, spec.Replications, spec.Seed, spec.MaxDegreeOfParallelism,
            (_, random, weights) => Draw(random, weights, baseWeights, kernel, spec), _ => true, nominalRanks, null, progress);
        return new MonteCarloResult(spec, ReplicationRunner.Summarise(kernel, counts, units, nominalRanks));
    }

    internal static (RankKernel Kernel, double[] NominalRanks, string[] Units) Prepare(CompositeResult nominal, MonteCarloSpec spec)
    {
        if (!(spec.WeightPerturbation >= 0 && spec.WeightPerturbation < 1))
        {
            throw new ArgumentException($"Weight perturbation must be in [0, 1); got {spec.WeightPerturbation}.", nameof(spec));
        }

        var normalisations = spec.Normalisations ?? [nominal.Spec.Normalisation];
        var aggregations = spec.Aggregations ?? (nominal.Spec.Aggregation.Count == 1 ? nominal.Spec.Aggregation
            : throw new ArgumentException("The nominal run aggregates levels differently: give the Aggregations to draw from.", nameof(spec)));
        if (normalisations.Count == 0 || aggregations.Count == 0)
        {
            throw new ArgumentException("Give at least one normalisation and one aggregation alternative.", nameof(spec));
        }

        var kernel = new RankKernel(nominal, normalisations, aggregations);
        var ranks = nominal.Ranks();
        return (kernel, kernel.Rows.Select(r => ranks[r]).ToArray(), kernel.Rows.Select(r => nominal.Raw.Units[r]).ToArray());
    }

    private static (int, int) Draw(Random random, double[] weights, double[] baseWeights, RankKernel kernel, MonteCarloSpec spec)
    {
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = baseWeights[i] * (1 + (spec.WeightPerturbation * ((2 * random.NextDouble()) - 1)));
        }

        var n = ReplicationRunner.Pick(random.NextDouble(), kernel.NormalisationCount);
        var a = ReplicationRunner.Pick(random.NextDouble(), kernel.AggregationCount);
        if (spec.VaryInclusion)
        {
            var left = ReplicationRunner.Pick(random.NextDouble(), kernel.Tree.IndicatorCount + 1) - 1;
            if (left >= 0)
            {
                weights[left] = 0;
            }
        }

        return (n, a);
    }
}
