using ClusterScope.Analytics.Composite;

namespace ClusterScope.Analytics.Tests.Composite;

public partial class UncertaintyTests
{
    private static readonly NormalisationSpec[] Positive = [new NormalisationSpec.MinMax(1, 100), new NormalisationSpec.ZScore(100, 10)];
    private static readonly AggregationSpec[] Means = [new AggregationSpec.ArithmeticMean(), new AggregationSpec.GeometricMean()];

    [Fact]
    public void Monte_Carlo_kernel_reproduces_the_full_pipeline_for_any_weights_and_choices()
    {
        var data = Case07.Data();
        var framework = Case07.Framework();
        var nominal = CompositeIndex.Compute(data, framework);
        var kernel = new RankKernel(nominal, Positive, Means);
        var workspace = new RankKernel.Workspace(kernel);
        var random = new Random(21);
        for (var trial = 0; trial < 8; trial++)
        {
            var weights = kernel.Tree.Weight.Select(w => w * (0.75 + (0.5 * random.NextDouble()))).ToArray();
            weights.CopyTo(workspace.Weights, 0);
            var (n, a) = (trial % 2, trial / 2 % 2);
            kernel.Evaluate(workspace, n, a);
            var given = kernel.Tree.Codes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => weights[p.i]);
            var spec = CompositeSpec.Default with { Normalisation = Positive[n], Aggregation = [Means[a]], Weights = new WeightSpec.Given(given) };
            var full = CompositeIndex.Compute(data, framework, spec);
            AnalyticsAssert.Close(full.Scores("INDEX"), workspace.Scores[kernel.Top]);
            Assert.Equal(full.Ranks(), workspace.Ranks.Select(r => (double)r));
        }
    }

    [Fact]
    public void Monte_Carlo_without_perturbation_gives_the_nominal_rank_every_time()
    {
        var nominal = CompositeIndex.Compute(Case07.Data(), Case07.Framework());
        var result = MonteCarlo.Run(nominal, new MonteCarloSpec(300, Seed: 1, WeightPerturbation: 0));
        Assert.All(result.Ranks, s =>
        {
            Assert.Equal(s.Nominal, s.Median);
            Assert.Equal(s.Nominal, s.Q5);
            Assert.Equal(s.Nominal, s.Q95);
            Assert.Equal(s.Nominal, s.Mean);
        });
    }

    [Fact]
    public void Monte_Carlo_is_reproducible_from_its_seed_on_any_number_of_cores()
    {
        var nominal = CompositeIndex.Compute(Case07.Data(), Case07.Framework());
        var spec = new MonteCarloSpec(1000, Seed: 42, Normalisations: Positive, Aggregations: Means, VaryInclusion: true);
        var one = MonteCarlo.Run(nominal, spec with { MaxDegreeOfParallelism = 1 });
        var all = MonteCarlo.Run(nominal, spec);
        Assert.Equal(one.Ranks, all.Ranks);
        Assert.NotEqual(one.Ranks, MonteCarlo.Run(nominal, spec with { Seed = 43 }).Ranks);
    }

    [Fact]
    public void Monte_Carlo_rank_intervals_are_ordered_and_cover_the_scenario_grid_medians()
    {
        var nominal = CompositeIndex.Compute(Case07.Data(), Case07.Framework());
        var spec = new MonteCarloSpec(4000, Seed: 7, Normalisations: Positive, Aggregations: Means);
        var result = MonteCarlo.Run(nominal, spec);
        var grid = RunCase07Grid();
        foreach (var s in result.Ranks)
        {
            Assert.True(s.Min <= s.Q5 && s.Q5 <= s.Median && s.Median <= s.Q95 && s.Q95 <= s.Max, s.ToString());
            var scenario = grid.Summary.Single(g => g.Unit == s.Unit);
            Assert.InRange(scenario.Median, s.Min - 2, s.Max + 2);
        }

        Assert.Equal(1, result.Ranks.Single(s => s.Unit == "DZ06").Median);
        Assert.Equal(20, result.Ranks.Single(s => s.Unit == "DZ04").Median);
    }

    [Fact]
    public void Monte_Carlo_refuses_a_geometric_mean_of_min_max_0_100_naming_the_unit()
    {
        var nominal = CompositeIndex.Compute(Case07.Data(), Case07.Framework());
        var spec = new MonteCarloSpec(10, Seed: 1, Aggregations: Means);
        var error = Assert.Throws<ArgumentException>(() => MonteCarlo.Run(nominal, spec));
        Assert.Contains("Unit 'DZ04'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sensitivity_analysis_is_reproducible_and_its_indices_are_consistent()
    {
        var nominal = CompositeIndex.Compute(Case07.Data(), Case07.Framework());
        var spec = new MonteCarloSpec(500, Seed: 3, Normalisations: Positive, Aggregations: Means, VaryInclusion: true);
        var first = SensitivityAnalysis.Run(nominal, spec);
        var again = SensitivityAnalysis.Run(nominal, spec with { MaxDegreeOfParallelism = 1 });
        Assert.Equal(["weights", "normalisation", "aggregation", "inclusion"], first.Factors);
        Assert.Equal(first.Estimate.Total, again.Estimate.Total);
        Assert.True(first.Estimate.Variance > 0);
        Assert.All(first.Estimate.Total, t => Assert.InRange(t, 0, 1.5));
        var largest = first.Factors[Array.IndexOf(first.Estimate.Total, first.Estimate.Total.Max())];
        Assert.NotEqual("weights", largest);
    }
}

/// <summary>A dimension none of whose indicators can be normalised (one constant indicator) has no score for any unit; the
/// index then aggregates the other dimensions, in the nominal pipeline and in the Monte Carlo kernel alike.</summary>
public class UncertaintyWithAnEmptyDimensionTests
{
    private static readonly NormalisationSpec[] Positive = [new NormalisationSpec.MinMax(1, 100), new NormalisationSpec.ZScore(100, 10)];

    private static (CompositeData Data, CompositeFramework Framework) Case()
    {
        string[] units = ["U1", "U2", "U3", "U4", "U5"];
        string[] codes = ["a", "b", "c"];
        double[][] columns = [[1, 4, 2, 8, 5], [3, 1, 4, 1, 5], [7, 7, 7, 7, 7]];
        var framework = new CompositeFramework(
            [new IndicatorNode("a", "D1", Direction.Positive, 1), new IndicatorNode("b", "D1", Direction.Positive, 1), new IndicatorNode("c", "D2", Direction.Positive, 1)],
            [new AggregateNode("D1", "INDEX", 1), new AggregateNode("D2", "INDEX", 1), new AggregateNode("INDEX", null, 1)]);
        return (new CompositeData(IndicatorMatrix.FromColumns(units, codes, columns), null), framework);
    }

    [Fact]
    public void The_kernel_ranks_as_the_nominal_pipeline_with_the_empty_dimension_left_out()
    {
        var (data, framework) = Case();
        var nominal = CompositeIndex.Compute(data, framework);
        Assert.All(nominal.Scores("D2"), s => Assert.True(double.IsNaN(s)));
        Assert.DoesNotContain(nominal.Scores("INDEX"), double.IsNaN);
        var kernel = new RankKernel(nominal, [nominal.Spec.Normalisation], [new AggregationSpec.ArithmeticMean()]);
        var workspace = new RankKernel.Workspace(kernel);
        kernel.Tree.Weight.CopyTo(workspace.Weights, 0);
        kernel.Evaluate(workspace, 0, 0);
        AnalyticsAssert.Close(nominal.Scores("INDEX"), workspace.Scores[kernel.Top]);
        Assert.Equal(nominal.Ranks(), workspace.Ranks.Select(r => (double)r));
    }

    [Fact]
    public void Sensitivity_indices_are_numbers_when_a_dimension_is_empty()
    {
        var (data, framework) = Case();
        var nominal = CompositeIndex.Compute(data, framework);
        var result = SensitivityAnalysis.Run(nominal, new MonteCarloSpec(200, Seed: 3, Normalisations: Positive, VaryInclusion: true));
        Assert.True(double.IsFinite(result.Estimate.Variance) && result.Estimate.Variance > 0, $"variance {result.Estimate.Variance}");
        Assert.All(result.Estimate.FirstOrder.Concat(result.Estimate.Total), v => Assert.True(double.IsFinite(v)));
        Assert.All(result.Ranks, r => Assert.InRange(r.Median, 1, 5));
    }
}
