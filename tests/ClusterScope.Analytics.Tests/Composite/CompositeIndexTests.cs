using ClusterScope.Analytics.Composite;

namespace ClusterScope.Analytics.Tests.Composite;

public partial class CompositeIndexTests
{
    private static readonly CompositeSpec PipelineA = CompositeSpec.Default;

    [Fact]
    public void Pipeline_A_imputes_by_column_mean_as_COINr()
    {
        var result = CompositeIndex.Compute(Case07.Data(), Case07.Framework(), PipelineA);
        Case07.AssertMatches("A_imputed_i_mean.csv", result.Imputed);
    }

    [Fact]
    public void Pipeline_A_treats_outliers_as_COINr_Treat_defaults()
    {
        var result = CompositeIndex.Compute(Case07.Data(), Case07.Framework(), PipelineA);
        Case07.AssertMatches("A_treated_default.csv", result.Treated);
    }

    [Fact]
    public void Pipeline_A_treatment_details_match_COINr()
    {
        var result = CompositeIndex.Compute(Case07.Data(), Case07.Framework(), PipelineA);
        var details = ReferenceTable.Load($"{Case07.Folder}/expected/A_treatment_details.csv");
        foreach (var row in details.Rows)
        {
            var outcome = result.Treatment[row[0]];
            Assert.Equal(row[1] == "TRUE", outcome.Checks[0].Pass);
            AnalyticsAssert.Close(ReferenceTable.ParseNumber(row[2]), outcome.Checks[0].Skew, what: $"{row[0]} skew");
            AnalyticsAssert.Close(ReferenceTable.ParseNumber(row[3]), outcome.Checks[0].Kurtosis, what: $"{row[0]} kurtosis");
            if (row[4] == "NA")
            {
                Assert.Null(outcome.Winsorised);
                continue;
            }

            Assert.Equal(int.Parse(row[4], System.Globalization.CultureInfo.InvariantCulture), outcome.Winsorised);
            Assert.Equal(row[5] == "TRUE", outcome.Checks[1].Pass);
            AnalyticsAssert.Close(ReferenceTable.ParseNumber(row[6]), outcome.Checks[1].Skew, what: $"{row[0]} skew after");
            AnalyticsAssert.Close(ReferenceTable.ParseNumber(row[7]), outcome.Checks[1].Kurtosis, what: $"{row[0]} kurtosis after");
        }
    }

    [Fact]
    public void Pipeline_A_flags_the_treated_points_COINr_reports()
    {
        var data = Case07.Data();
        var result = CompositeIndex.Compute(data, Case07.Framework(), PipelineA);
        var points = ReferenceTable.Load($"{Case07.Folder}/expected/A_treated_points.csv");
        var expected = new List<(string, string)>();
        for (var r = 0; r < points.Rows.Count; r++)
        {
            for (var c = 0; c < points.Header.Length; c++)
            {
                if (points.Rows[r][c] == "winhi")
                {
                    expected.Add((data.Raw.Units[r], points.Header[c]));
                }
            }
        }

        var actual = result.Flags.Where(f => f.Kind == CellFlagKind.WinsorisedHigh).Select(f => (f.Unit, f.Code)).ToList();
        Assert.Equal(expected.OrderBy(p => p), actual.OrderBy(p => p));
        Assert.Equal(4, result.Flags.Count(f => f.Kind == CellFlagKind.Imputed));
    }

    [Fact]
    public void Pipeline_A_normalises_by_min_max_0_100_after_directions()
    {
        var result = CompositeIndex.Compute(Case07.Data(), Case07.Framework(), PipelineA);
        Case07.AssertMatches("A_normalised_minmax_0_100.csv", result.Normalised);
    }

    [Fact]
    public void Pipeline_A_aggregates_by_weighted_arithmetic_mean_level_by_level()
    {
        var result = CompositeIndex.Compute(Case07.Data(), Case07.Framework(), PipelineA);
        Case07.AssertMatches("A_aggregated_minmax_amean.csv", result.Aggregated);
    }

    [Fact]
    public void Pipeline_A_ranks_match_COINr_get_results()
    {
        var result = CompositeIndex.Compute(Case07.Data(), Case07.Framework(), PipelineA);
        var expected = ReferenceTable.Load($"{Case07.Folder}/expected/A_results_full.csv");
        var ranks = result.Ranks();
        var units = expected.Text("uCode");
        var expectedRanks = expected.Numbers("Rank");
        for (var k = 0; k < units.Length; k++)
        {
            var row = result.Raw.Units.ToList().IndexOf(units[k]);
            Assert.Equal(expectedRanks[k], ranks[row]);
            AnalyticsAssert.Close(expected.Numbers("INDEX")[k], result.Scores("INDEX")[row]);
        }
    }

    [Fact]
    public void Pipeline_B_min_max_1_100_with_geometric_mean_matches_COINr()
    {
        var spec = PipelineA with { Normalisation = new NormalisationSpec.MinMax(1, 100), Aggregation = [new AggregationSpec.GeometricMean()] };
        var result = CompositeIndex.Compute(Case07.Data(), Case07.Framework(), spec);
        Case07.AssertMatches("B_minmax1_100_gmean.csv", result.Aggregated);
    }

    [Fact]
    public void Pipeline_C_z_scores_with_sample_sd_and_arithmetic_mean_match_COINr()
    {
        var spec = PipelineA with { Normalisation = new NormalisationSpec.ZScore() };
        var result = CompositeIndex.Compute(Case07.Data(), Case07.Framework(), spec);
        Case07.AssertMatches("C_zscore_amean.csv", result.Aggregated);
    }

    [Fact]
    public void Pipeline_D_z_scores_100_10_with_geometric_mean_match_COINr()
    {
        var spec = PipelineA with { Normalisation = new NormalisationSpec.ZScore(100, 10), Aggregation = [new AggregationSpec.GeometricMean()] };
        var result = CompositeIndex.Compute(Case07.Data(), Case07.Framework(), spec);
        Case07.AssertMatches("D_zscore100_10_gmean.csv", result.Aggregated);
    }

    [Fact]
    public void Pipeline_E_group_median_no_treatment_and_ranks_match_COINr()
    {
        var spec = PipelineA with
        {
            Imputation = new ImputationSpec.GroupMedian(),
            Treatment = new TreatmentSpec.None(),
            Normalisation = new NormalisationSpec.Rank(),
        };
        var result = CompositeIndex.Compute(Case07.Data(), Case07.Framework(), spec);
        Case07.AssertMatches("E_grpmedian_notreat_rank_amean.csv", result.Aggregated);
    }

    [Fact]
    public void Pipeline_F_equal_weights_match_COINr()
    {
        var spec = PipelineA with { Weights = new WeightSpec.Equal() };
        var result = CompositeIndex.Compute(Case07.Data(), Case07.Framework(), spec);
        Case07.AssertMatches("F_minmax_equal_weights.csv", result.Aggregated);
    }

    [Fact]
    public void Geometric_mean_on_min_max_0_100_is_refused_naming_the_unit_and_indicator()
    {
        var spec = PipelineA with { Aggregation = [new AggregationSpec.GeometricMean()] };
        var error = Assert.Throws<ArgumentException>(() => CompositeIndex.Compute(Case07.Data(), Case07.Framework(), spec));
        Assert.Contains("Unit 'DZ04'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'cl_output' = 0", error.Message, StringComparison.Ordinal);
    }
}
