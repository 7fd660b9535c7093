using ClusterScope.Domain.Plausibility;
using static ClusterScope.Domain.Tests.Plausibility.Figures;

namespace ClusterScope.Domain.Tests.Plausibility;

public class IdenticalAcrossPeriodsTests
{
    private static IReadOnlyList<PlausibilityFlag> Repeats(ReportedFigure[] submitted, ReportedFigure[]? history = null, PlausibilitySettings? settings = null) =>
        Check(PlausibilityRule.IdenticalAcrossPeriods, submitted, history, settings);

    [Fact]
    public void The_same_value_as_last_year_is_flagged()
    {
        var flag = Assert.Single(Repeats([Output("C1", "2024", 1234.5)], [Output("C1", "2023", 1234.5)]));
        Assert.Equal("cluster_output of C1 is 1,234.5 in each of 2 consecutive periods (2023 to 2024)", flag.Message);
        Assert.Equal("C1 的 cluster_output 在连续 2 个期间（2023 至 2024）均为 1,234.5", flag.MessageZh);
        Assert.Equal((1234.5, 2.0, 2.0), (flag.Numbers["value"], flag.Numbers["run"], flag.Numbers["minimum_run"]));
    }

    [Fact]
    public void Consecutive_quarters_run_across_the_year_end()
    {
        var flag = Assert.Single(Repeats([Output("C1", "2024-Q1", 7)], [Output("C1", "2023-Q4", 7), Output("C1", "2023-Q3", 7), Output("C1", "2023-Q2", 8)]));
        Assert.Contains("in each of 3 consecutive periods (2023-Q3 to 2024-Q1)", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Consecutive_months_run_across_the_year_end()
    {
        var flag = Assert.Single(Repeats([Output("C1", "2024-01", 7)], [Output("C1", "2023-12", 7)]));
        Assert.Contains("(2023-12 to 2024-01)", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gap_or_a_different_value_breaks_the_run()
    {
        Assert.Empty(Repeats([Output("C1", "2024", 5)], [Output("C1", "2022", 5)]));
        Assert.Empty(Repeats([Output("C1", "2024", 5)], [Output("C1", "2023", 5.0001)]));
        Assert.Empty(Repeats([Output("C1", "2024", 5)], [Cluster("C1", "cluster_employment", "2023", 5), Output("C2", "2023", 5)]));
        Assert.Empty(Repeats([Output("C1", "2024", 5)]));
    }

    [Fact]
    public void A_longer_minimum_run_needs_more_periods()
    {
        var settings = PlausibilitySettings.Default with { IdenticalRun = 3 };
        Assert.Empty(Repeats([Output("C1", "2024", 5)], [Output("C1", "2023", 5)], settings));
        Assert.Single(Repeats([Output("C1", "2024", 5)], [Output("C1", "2023", 5), Output("C1", "2022", 5)], settings));
    }

    [Fact]
    public void A_run_holding_several_submitted_figures_is_one_flag_on_the_latest()
    {
        var flag = Assert.Single(Repeats([Output("C1", "2022", 5), Output("C1", "2023", 5), Output("C1", "2024", 5)]));
        Assert.Equal("2024", flag.Period);
        Assert.Equal(3, flag.Numbers["run"]);
    }

    [Fact]
    public void A_submitted_earlier_figure_equal_to_an_accepted_later_one_is_flagged()
    {
        var flag = Assert.Single(Repeats([Output("C1", "2023", 9)], [Output("C1", "2024", 9), Output("C1", "2023", 8)]));
        Assert.Equal("2023", flag.Period);
    }
}
