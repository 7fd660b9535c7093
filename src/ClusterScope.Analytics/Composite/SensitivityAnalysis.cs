namespace ClusterScope.Analytics.Composite;

/// <summary>Variance-based sensitivity analysis of the ranks: which uncertain choice drives them.</summary>
/// <remarks>Saltelli et al. (2010), <i>Computer Physics Communications</i> 181(2); Jansen (1999); COINr 1.1.14
/// <c>get_sensitivity(SA_type = "SA")</c>. The uncertain inputs are the weights (one of 100 noisy weight sets drawn as
/// in <see cref="MonteCarlo"/>, as COINr samples from <c>get_noisy_weights</c>), the normalisation, the aggregation and
/// the indicator left out (each only if it varies). A Saltelli design of N(d + 2) runs
/// (<see cref="SensitivityIndices.Design"/>) maps each uniform to an alternative by equal-width bins of [0, 1] (COINr's
/// <c>cut</c> bins the sample's range instead). The output is COINr's: the mean absolute rank change from the nominal
/// ranks; indices by <see cref="SensitivityIndices.Estimate"/> with their 95 % bootstrap intervals
/// (<see cref="SensitivityIndices.Bootstrap"/>, Archer et al. 1997); rank statistics over the 2N base runs.</remarks>
public static class SensitivityAnalysis
{
    private const int WeightSets = 100;

    /// <summary>Bootstrap resamples behind the intervals of the indices.</summary>
    public const int BootstrapResamples = 1000;

    /// <summary>Runs the analysis with base sample size <see cref="MonteCarloSpec.Replications"/> = N.</summary>
    /// <remarks>Reproducible from <see cref="MonteCarloSpec.Seed"/> on any number of cores.</remarks>
    /// <exception cref="ArgumentException">N &lt; 2, fewer than 2 uncertain inputs (use <see cref="MonteCarlo"/>), or as
    /// <see cref="MonteCarlo.Run"/>.</exception>
    public static SensitivityResult Run(CompositeResult nominal, MonteCarloSpec spec)
    {
        ArgumentNullException.ThrowIfNull(nominal);
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentOutOfRangeException.ThrowIfLessThan(spec.Replications, 2);
        var (kernel, nominalRanks, units) = MonteCarlo.Prepare(nominal, spec);
        var factors = new List<string>();
        if (spec.WeightPerturbation > 0)
        {
            factors.Add("weights");
        }

        if (kernel.NormalisationCount > 1)
        {
            factors.Add("normalisation");
        }

        if (kernel.AggregationCount > 1)
        {
            factors.Add("aggregation");
        }

        if (spec.VaryInclusion)
        {
            factors.Add("inclusion");
        }

        if (factors.Count < 2)
        {
            throw new ArgumentException($"A sensitivity analysis needs at least 2 uncertain inputs; {factors.Count} vary. Use MonteCarlo.Run.", nameof(spec));
        }

        var n = spec.Replications;
        var design = SensitivityIndices.Design(n, factors.Count, spec.Seed);
        var weightSets = NoisyWeights(kernel.Tree.Weight, spec);
        var y = new double[design.Length];
        var counts = ReplicationRunner.Run(kernel, design.Length, spec.Seed, spec.MaxDegreeOfParallelism,
            (r, _, weights) => Apply(design[r], factors, weights, weightSets, kernel), r => r < 2 * n, nominalRanks, y);
        return new SensitivityResult(factors, SensitivityIndices.Estimate(y, n, factors.Count),
            ReplicationRunner.Summarise(kernel, counts, units, nominalRanks),
            SensitivityIndices.Bootstrap(y, n, factors.Count, BootstrapResamples, spec.Seed));
    }

    private static double[][] NoisyWeights(double[] nominal, MonteCarloSpec spec)
    {
        var random = new Random(spec.Seed);
        return Enumerable.Range(0, WeightSets).Select(_ =>
            nominal.Select(w => w * (1 + (spec.WeightPerturbation * ((2 * random.NextDouble()) - 1)))).ToArray()).ToArray();
    }

    private static (int, int) Apply(double[] row, List<string> factors, double[] weights, double[][] weightSets, RankKernel kernel)
    {
        var f = factors.IndexOf("weights");
        (f >= 0 ? weightSets[ReplicationRunner.Pick(row[f], WeightSets)] : kernel.Tree.Weight).CopyTo(weights, 0);
        f = factors.IndexOf("normalisation");
        var n = f >= 0 ? ReplicationRunner.Pick(row[f], kernel.NormalisationCount) : 0;
        f = factors.IndexOf("aggregation");
        var a = f >= 0 ? ReplicationRunner.Pick(row[f], kernel.AggregationCount) : 0;
        f = factors.IndexOf("inclusion");
        var left = f >= 0 ? ReplicationRunner.Pick(row[f], kernel.Tree.IndicatorCount + 1) - 1 : -1;
        if (left >= 0)
        {
            weights[left] = 0;
        }

        return (n, a);
    }
}
