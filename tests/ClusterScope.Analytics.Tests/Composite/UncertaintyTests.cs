using ClusterScope.Analytics.Composite;

namespace ClusterScope.Analytics.Tests.Composite;

public partial class UncertaintyTests
{
    private static readonly ImputationSpec[] Imputations = [new ImputationSpec.Mean(), new ImputationSpec.Median(), new ImputationSpec.GroupMean()];
    private static readonly NormalisationSpec[] Normalisations = [new NormalisationSpec.MinMax(1, 100), new NormalisationSpec.ZScore(100, 10)];
    private static readonly AggregationSpec[] Aggregations = [new AggregationSpec.ArithmeticMean(), new AggregationSpec.GeometricMean()];
    private static readonly WeightSpec[] Weights = [new WeightSpec.Framework(), new WeightSpec.Equal()];

    private static ScenarioResult RunCase07Grid()
    {
        var grid = ScenarioAnalysis.Grid(CompositeSpec.Default, Imputations, Normalisations, Aggregations, Weights);
        return ScenarioAnalysis.Run(Case07.Data(), Case07.Framework(), CompositeSpec.Default, grid);
    }

    [Fact]
    public void Scenario_grid_is_in_the_order_of_the_COINr_scenario_table()
    {
        var grid = ScenarioAnalysis.Grid(CompositeSpec.Default, Imputations, Normalisations, Aggregations, Weights);
        var table = ReferenceTable.Load($"{Case07.Folder}/expected/UA_scenarios.csv");
        Assert.Equal(table.Rows.Count, grid.Count);
        for (var s = 0; s < grid.Count; s++)
        {
            var row = table.Rows[s];
            Assert.Equal(Imputations[Array.IndexOf(["i_mean", "i_median", "i_mean_grp"], row[1])], grid[s].Imputation);
            Assert.Equal(Normalisations[Array.IndexOf(["minmax_1_100", "zscore_100_10"], row[2])], grid[s].Normalisation);
            Assert.Equal(Aggregations[Array.IndexOf(["a_amean", "a_gmean"], row[3])], grid[s].Aggregation[0]);
            Assert.Equal(Weights[Array.IndexOf(["original", "equal"], row[4])], grid[s].Weights);
        }
    }

    [Fact]
    public void Scenario_scores_and_ranks_match_the_COINr_runs()
    {
        var result = RunCase07Grid();
        Case07.AssertMatches("UA_index_scores.csv", result.Scores);
        Case07.AssertMatches("UA_index_ranks.csv", result.Ranks);
    }

    [Fact]
    public void Rank_summary_matches_COINr_get_sensitivity_statistics()
    {
        var result = RunCase07Grid();
        var expected = ReferenceTable.Load($"{Case07.Folder}/expected/UA_rank_summary.csv");
        var units = expected.Text("uCode");
        for (var k = 0; k < units.Length; k++)
        {
            var s = result.Summary.Single(r => r.Unit == units[k]);
            double[] actual = [s.Nominal, s.Mean, s.Median, s.Q5, s.Q95, s.Min, s.Max];
            string[] columns = ["Nominal_ref_pipeline", "Mean", "Median", "Q5", "Q95", "Min", "Max"];
            for (var c = 0; c < columns.Length; c++)
            {
                AnalyticsAssert.Close(expected.Numbers(columns[c])[k], actual[c], what: $"{units[k]} {columns[c]}");
            }
        }
    }

    [Fact]
    public void Type_7_quantiles_interpolate_linearly_by_hand()
    {
        // x = 1, 2, 4, 8: h = 3 p; p = 0.05 -> h = 0.15 -> 1 + 0.15 (2 - 1) = 1.15; p = 0.5 -> h = 1.5 -> 3
        double[] x = [8, 1, 4, 2];
        AnalyticsAssert.Close(1.15, Quantile.Type7(x, 0.05));
        AnalyticsAssert.Close(3, Quantile.Type7(x, 0.5));
        AnalyticsAssert.Close(8, Quantile.Type7(x, 1));
    }

    [Fact]
    public void Sensitivity_indices_match_COINr_SA_estimate_on_its_design()
    {
        var design = ReferenceTable.Load($"{Case07.Folder}/expected/SA_estimator_design.csv");
        var expected = ReferenceTable.Load($"{Case07.Folder}/expected/SA_estimator_indices.csv");
        var estimate = SensitivityIndices.Estimate(design.Numbers("y"), 40, 3);
        AnalyticsAssert.Close(expected.Numbers("Si"), estimate.FirstOrder);
        AnalyticsAssert.Close(expected.Numbers("STi"), estimate.Total);
        AnalyticsAssert.Close(expected.Numbers("variance")[0], estimate.Variance);
    }

    [Fact]
    public void Saltelli_design_rows_follow_A_B_AB_i_and_the_estimator_finds_an_additive_model()
    {
        // y = x1 + 2 x2 (x3 inert): V(y) = 1/12 + 4/12, so S1 = 0.2, S2 = 0.8, S3 = 0 and S_i = ST_i
        const int n = 4000;
        var design = SensitivityIndices.Design(n, 3, seed: 7);
        Assert.Equal(design[0][1], design[2 * n][1]);
        Assert.Equal(design[n][0], design[2 * n][0]);
        var y = design.Select(x => x[0] + (2 * x[1])).ToArray();
        var estimate = SensitivityIndices.Estimate(y, n, 3);
        AnalyticsAssert.Close(0.2, estimate.Total[0], 0, 0.03);
        AnalyticsAssert.Close(0.8, estimate.Total[1], 0, 0.05);
        AnalyticsAssert.Close(0, estimate.Total[2], 0, 1e-12);
        AnalyticsAssert.Close(0.8, estimate.FirstOrder[1], 0, 0.08);
    }
}
