using ClusterScope.Analytics.Composite;

namespace ClusterScope.Analytics.Tests.Composite;

public class NormalisationTests
{
    public static TheoryData<string, NormalisationSpec> CoinrFunctions => new()
    {
        { "n_minmax", new NormalisationSpec.MinMax() },
        { "n_zscore", new NormalisationSpec.ZScore() },
        { "n_scaled", new NormalisationSpec.Scaled(0, 50) },
        { "n_fracmax", new NormalisationSpec.FractionOfMax() },
        { "n_dist2max", new NormalisationSpec.DistanceToBest() },
        { "n_rank", new NormalisationSpec.Rank() },
        { "n_prank", new NormalisationSpec.PercentileRank() },
        { "n_borda", new NormalisationSpec.Borda() },
    };

    [Theory]
    [MemberData(nameof(CoinrFunctions))]
    public void Every_normalisation_matches_COINr_on_the_treated_data(string function, NormalisationSpec spec)
    {
        var treated = ReferenceTable.Load($"{Case07.Folder}/expected/A_treated_default.csv");
        var expected = ReferenceTable.Load($"{Case07.Folder}/expected/normalisation_functions_on_treated.csv");
        var rows = Enumerable.Range(0, expected.Rows.Count).Where(r => expected.Rows[r][0] == function).ToArray();
        var framework = Case07.Framework();
        foreach (var indicator in framework.Indicators)
        {
            var y = Normalisation.Normalise(treated.Numbers(indicator.Code), spec, indicator.Direction);
            var column = expected.ColumnIndex(indicator.Code);
            AnalyticsAssert.Close(rows.Select(r => ReferenceTable.ParseNumber(expected.Rows[r][column])).ToArray(), y, what: $"{function} {indicator.Code}");
        }
    }

    [Fact]
    public void Min_max_maps_the_range_onto_0_100()
    {
        // x = 2, 4, 10: (4 - 2)/(10 - 2) 100 = 25; negative direction mirrors: (-4 + 10)/8 100 = 75
        AnalyticsAssert.Close([0, 25, 100], Normalisation.MinMax([2, 4, 10], Direction.Positive));
        AnalyticsAssert.Close([100, 75, 0], Normalisation.MinMax([2, 4, 10], Direction.Negative));
    }

    [Fact]
    public void Z_score_uses_the_sample_standard_deviation()
    {
        // x = 1, 2, 3: mean 2, sample sd 1 -> -1, 0, 1; with m_sd = (100, 10) -> 90, 100, 110
        AnalyticsAssert.Close([90, 100, 110], Normalisation.ZScore([1, 2, 3], Direction.Positive, 100, 10));
    }

    [Fact]
    public void Distance_to_target_scores_one_at_the_target_and_caps_beyond_it()
    {
        // x = 2, 6, 12, target 10, min 2: 1 - (10 - 6)/(10 - 2) = 0.5; 12 -> 1.25, capped 1
        AnalyticsAssert.Close([0, 0.5, 1.25], Normalisation.DistanceToTarget([2, 6, 12], Direction.Positive, 10));
        AnalyticsAssert.Close([0, 0.5, 1], Normalisation.DistanceToTarget([2, 6, 12], Direction.Positive, 10, capAtOne: true));
        // negative direction: -x = -2, -6, -12, target -4, min -12: 1 - (-4 + 2)/(-4 + 12) = 1.25
        AnalyticsAssert.Close([1.25, 0.75, 0], Normalisation.DistanceToTarget([2, 6, 12], Direction.Negative, 4));
    }

    [Fact]
    public void Missing_values_stay_missing_and_a_constant_indicator_gives_NaN()
    {
        var y = Normalisation.MinMax([1, double.NaN, 3], Direction.Positive);
        AnalyticsAssert.Close([0, double.NaN, 100], y);
        Assert.All(Normalisation.MinMax([5, 5, 5], Direction.Positive), v => Assert.True(double.IsNaN(v)));
        AnalyticsAssert.Close([1, double.NaN, 2], Normalisation.Rank([1, double.NaN, 3], Direction.Positive));
    }

    [Fact]
    public void Min_max_and_z_score_are_invariant_to_a_change_of_unit()
    {
        var random = new Random(3);
        for (var trial = 0; trial < 50; trial++)
        {
            var x = Enumerable.Range(0, 25).Select(_ => random.NextDouble() * 100).ToArray();
            var (a, b) = (0.01 + (random.NextDouble() * 50), (random.NextDouble() - 0.5) * 1000);
            var y = x.Select(v => (a * v) + b).ToArray();
            foreach (var direction in new[] { Direction.Positive, Direction.Negative })
            {
                AnalyticsAssert.Close(Normalisation.MinMax(x, direction), Normalisation.MinMax(y, direction), 1e-9, 1e-9);
                AnalyticsAssert.Close(Normalisation.ZScore(x, direction), Normalisation.ZScore(y, direction), 1e-9, 1e-9);
            }
        }
    }

    [Fact]
    public void Min_max_stays_within_bounds_and_keeps_the_order()
    {
        var random = new Random(5);
        var x = Enumerable.Range(0, 40).Select(_ => random.NextDouble() * 10).ToArray();
        var y = Normalisation.MinMax(x, Direction.Positive, 1, 100);
        Assert.All(y, v => Assert.InRange(v, 1, 100));
        Assert.Equal(Ranking.Ascending(x), Ranking.Ascending(y));
    }
}
