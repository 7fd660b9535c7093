using ClusterScope.Domain.Plausibility;
using ClusterScope.Domain.Registry;
using static ClusterScope.Domain.Tests.Plausibility.Figures;

namespace ClusterScope.Domain.Tests.Plausibility;

public class YearOnYearTests
{
    private static IReadOnlyList<PlausibilityFlag> Jumps(ReportedFigure[] submitted, ReportedFigure[]? history = null, PlausibilitySettings? settings = null) =>
        Check(PlausibilityRule.YearOnYearJump, submitted, history, settings);

    [Fact]
    public void A_rise_beyond_the_band_is_flagged_with_the_numbers_in_words()
    {
        // (2246.8 - 1234.5) / 1234.5 = 1012.3 / 1234.5 = 0.82001 → 82.0 %
        var flag = Assert.Single(Jumps([Output("C0101", "2024", 2246.8)], [Output("C0101", "2023", 1234.5)]));
        Assert.Equal("cluster_output of C0101 rose 82.0 % from 2023 (1,234.5) to 2024 (2,246.8), beyond the ±50 % band", flag.Message);
        Assert.Equal("C0101 的 cluster_output 从 2023（1,234.5）到 2024（2,246.8）上升 82.0%，超出 ±50% 的范围", flag.MessageZh);
        Assert.Equal((EntityKind.Cluster, "C0101", "cluster_output", "2024"), (flag.Kind, flag.EntityCode, flag.IndicatorCode, flag.Period));
        Assert.Equal(1234.5, flag.Numbers["previous"]);
        Assert.Equal(2246.8, flag.Numbers["current"]);
        Assert.Equal(1012.3 / 1234.5, flag.Numbers["change"], 12);
        Assert.Equal(0.5, flag.Numbers["band"]);
    }

    [Fact]
    public void A_fall_beyond_the_band_is_flagged_as_a_fall()
    {
        // 100 → 40: -60 %
        var flag = Assert.Single(Jumps([Output("C1", "2024", 40)], [Output("C1", "2023", 100)]));
        Assert.Contains("fell 60.0 % from 2023 (100) to 2024 (40)", flag.Message, StringComparison.Ordinal);
        Assert.Contains("下降 60.0%", flag.MessageZh, StringComparison.Ordinal);
        Assert.Equal(-0.6, flag.Numbers["change"], 12);
    }

    [Theory]
    [InlineData(150, false)]       // +50 % exactly: on the band, not beyond it
    [InlineData(50, false)]        // -50 % exactly
    [InlineData(150.01, true)]
    [InlineData(49.99, true)]
    [InlineData(120, false)]
    public void The_band_is_exclusive_on_both_sides(double current, bool flagged) =>
        Assert.Equal(flagged, Jumps([Output("C1", "2024", current)], [Output("C1", "2023", 100)]).Count == 1);

    [Fact]
    public void A_decimal_figure_exactly_on_the_band_is_not_flagged_despite_binary_rounding()
    {
        // 0.3 · 1.5 = 0.45 and 0.7 · 1.5 = 1.05 in decimals; in doubles (0.45 - 0.3) / 0.3 = 0.5000000000000001.
        Assert.Empty(Jumps([Output("C1", "2024", 0.45)], [Output("C1", "2023", 0.3)]));
        Assert.Empty(Jumps([Output("C1", "2024", 1.05)], [Output("C1", "2023", 0.7)]));
        Assert.Empty(Jumps([Output("C1", "2024", 61.7)], [Output("C1", "2023", 123.4)]));
    }

    [Fact]
    public void Quarters_compare_with_the_same_quarter_a_year_earlier_not_the_quarter_before()
    {
        // 2023-Q4 = 300 is next to 2024-Q1 = 100, but 2023-Q1 = 90 is the comparison: +11.1 %, no flag.
        ReportedFigure[] history = [Output("C1", "2023-Q1", 90), Output("C1", "2023-Q4", 300)];
        Assert.Empty(Jumps([Output("C1", "2024-Q1", 100)], history));
        var flag = Assert.Single(Jumps([Output("C1", "2024-Q1", 200)], history));
        Assert.Contains("from 2023-Q1 (90) to 2024-Q1 (200)", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Months_compare_with_the_same_month_a_year_earlier_and_years_do_not_mix_with_quarters()
    {
        ReportedFigure[] history = [Output("C1", "2023-07", 10), Output("C1", "2023", 1000), Output("C1", "2023-Q3", 1)];
        var flag = Assert.Single(Jumps([Output("C1", "2024-07", 30)], history));
        Assert.Contains("from 2023-07 (10) to 2024-07 (30)", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_previous_year_there_is_nothing_to_compare()
    {
        Assert.Empty(Jumps([Output("C1", "2024", 1000)]));
        Assert.Empty(Jumps([Output("C1", "2024", 1000)], [Output("C1", "2022", 1), Output("C2", "2023", 1)]));
    }

    [Fact]
    public void A_rise_from_zero_is_flagged_without_a_percentage_and_zero_to_zero_is_not()
    {
        var flag = Assert.Single(Jumps([Output("C1", "2024", 12.5)], [Output("C1", "2023", 0)]));
        Assert.Equal("cluster_output of C1 went from 0 in 2023 to 12.5 in 2024; a change from zero has no percentage and is beyond any band", flag.Message);
        Assert.False(flag.Numbers.ContainsKey("change"));
        Assert.All(flag.Numbers.Values, v => Assert.True(double.IsFinite(v)));
        Assert.Empty(Jumps([Output("C1", "2024", 0)], [Output("C1", "2023", 0)]));
    }

    [Fact]
    public void A_negative_base_measures_the_change_against_its_size()
    {
        // A growth rate from -2 % to +1 %: (1 - (-2)) / |-2| = +150 %, a rise; from -2 to -2.5: -25 %, within the band.
        var flag = Assert.Single(Jumps([Cluster("C1", "cluster_output_growth", "2024", 1)], [Cluster("C1", "cluster_output_growth", "2023", -2)]));
        Assert.Equal(1.5, flag.Numbers["change"], 12);
        Assert.Contains("rose 150.0 %", flag.Message, StringComparison.Ordinal);
        Assert.Empty(Jumps([Cluster("C1", "cluster_output_growth", "2024", -2.5)], [Cluster("C1", "cluster_output_growth", "2023", -2)]));
    }

    [Fact]
    public void A_band_set_for_one_indicator_replaces_the_default_for_it_only()
    {
        var settings = PlausibilitySettings.Default with { YearOnYearBandByIndicator = new Dictionary<string, double> { ["cluster_output"] = 1.0 } };
        ReportedFigure[] history = [Output("C1", "2023", 100), Cluster("C1", "cluster_employment", "2023", 100)];
        var flag = Assert.Single(Jumps([Output("C1", "2024", 180), Cluster("C1", "cluster_employment", "2024", 180)], history, settings));
        Assert.Equal("cluster_employment", flag.IndicatorCode);
    }

    [Fact]
    public void Submitted_figures_compare_with_each_other_and_replace_history()
    {
        // Submitted 2023 = 100 replaces the accepted 2023 = 50, so 2024 = 140 is +40 %: no flag.
        Assert.Empty(Jumps([Output("C1", "2023", 100), Output("C1", "2024", 140)], [Output("C1", "2023", 50), Output("C1", "2022", 90)]));
        // Both submitted: one flag for the pair, on 2024.
        var flag = Assert.Single(Jumps([Output("C1", "2023", 100), Output("C1", "2024", 200)]));
        Assert.Equal("2024", flag.Period);
    }

    [Fact]
    public void A_revised_earlier_figure_is_flagged_against_the_accepted_later_one()
    {
        var flag = Assert.Single(Jumps([Output("C1", "2023", 40)], [Output("C1", "2023", 95), Output("C1", "2024", 100), Output("C1", "2022", 41)]));
        Assert.Equal("2023", flag.Period);
        Assert.Contains("rose 150.0 % from 2023 (40) to 2024 (100)", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_only_in_history_raise_no_flag()
    {
        Assert.Empty(Jumps([Output("C2", "2024", 10)], [Output("C1", "2023", 1), Output("C1", "2024", 100)]));
    }
}
