using ClusterScope.Domain.Registry;
using ClusterScope.Domain.Targets;

namespace ClusterScope.Domain.Tests.Targets;

public class TargetEvaluatorTests
{
    private static readonly ObservedData Data = Hand.Data();

    [Theory]
    [InlineData("tier=Over100Bn", 2017, 1)]     // A 1200
    [InlineData("tier=Over10Bn", 2017, 1)]      // B 150
    [InlineData("tier=Over2Bn", 2017, 1)]       // C 30
    [InlineData("tier>=Over2Bn", 2017, 3)]      // A, B, C
    [InlineData("tier>=Over2Bn", 2015, 2)]      // C is 10 in 2015: below RMB 2 bn
    [InlineData("category=equipment", 2017, 2)] // A, C; D (auto parts) is never observed
    [InlineData("category=equipment;tier>=Over2Bn", 2015, 1)]
    [InlineData(null, 2017, 3)]
    public void Count_counts_the_observed_clusters_meeting_the_condition(string? condition, int year, double expected) =>
        Assert.Equal(expected, TargetEvaluator.ValueIn(Hand.Target(TargetKind.Count, 1, condition), Data, year)!.Value.Value);

    [Fact]
    public void Count_drill_down_lists_the_clusters_behind_the_number_largest_first()
    {
        var entities = TargetEvaluator.Entities(Hand.Target(TargetKind.Count, 2, "tier>=Over10Bn"), Data, 2017);
        Assert.Equal(["A", "B"], entities.Select(e => e.Code));
        Assert.Equal([1200.0, 150.0], entities.Select(e => e.Value!.Value));
        Assert.All(entities, e => Assert.True(e.IsSample));
    }

    [Fact]
    public void Sum_adds_the_indicator_over_the_matching_clusters()
    {
        Assert.Equal(1380, TargetEvaluator.ValueIn(Hand.Target(TargetKind.Sum, 1), Data, 2017)!.Value.Value);                      // 1200 + 150 + 30
        Assert.Equal(1230, TargetEvaluator.ValueIn(Hand.Target(TargetKind.Sum, 1, "category=equipment"), Data, 2017)!.Value.Value); // 1200 + 30
    }

    [Fact]
    public void Share_divides_the_sum_by_the_reference_figure_in_percent()
    {
        // 1380 / 4600 = 0.3
        Assert.Equal(30, TargetEvaluator.ValueIn(Hand.Target(TargetKind.Share, 35.4), Data, 2017)!.Value.Value, 12);
        Assert.Null(TargetEvaluator.ValueIn(Hand.Target(TargetKind.Share, 35.4), Data, 2016));   // no denominator in 2016
    }

    [Fact]
    public void Coverage_is_the_percentage_of_zones_with_an_incubator()
    {
        var target = Hand.Target(TargetKind.Coverage, 100);
        Assert.Equal(200.0 / 3, TargetEvaluator.ValueIn(target, Data, 2017)!.Value.Value, 12);   // Z1 and Z3 of three zones
        Assert.Equal(["Z1", "Z3"], TargetEvaluator.Entities(target, Data, 2017).Select(e => e.Code));
        Assert.Empty(TargetEvaluator.Series(target, Data, 2017));
    }

    [Fact]
    public void Status_count_counts_zones_at_or_above_the_status_and_has_no_data_when_no_status_is_recorded()
    {
        var target = Hand.Target(TargetKind.StatusCount, 100, "status>=Provincial");
        Assert.Equal(2, TargetEvaluator.ValueIn(target, Data, 2017)!.Value.Value);   // Z1 provincial, Z2 national
        Assert.Equal(1, TargetEvaluator.ValueIn(Hand.Target(TargetKind.StatusCount, 1, "status>=National"), Data, 2017)!.Value.Value);
        var progress = TargetEvaluator.Evaluate(target, Hand.Data(withStatuses: false), 2017, StatusRule.Default);
        Assert.Equal(TargetStatus.NoData, progress.Status);
        Assert.Null(progress.Current);
        Assert.Contains("no eco-industrial status", progress.Note, StringComparison.Ordinal);
        Assert.Contains("生态工业园区称号", progress.NoteZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Programme_figure_without_an_observation_is_no_data_and_nothing_is_invented()
    {
        var target = Hand.Target(TargetKind.ProgrammeFigure, 104, deadline: 2024, unit: "start-ups");
        var progress = TargetEvaluator.Evaluate(target, Data, 2024, StatusRule.Default);
        Assert.Equal(TargetStatus.NoData, progress.Status);
        Assert.Null(progress.Current);
        Assert.Null(progress.Gap);
        Assert.Empty(TargetEvaluator.Entities(target, Data, 2024));

        var reported = Data with { Values = [.. Data.Values, new ObservedValue(EntityKind.Region, "220000", "programme_startups", 2024, 104, false)] };
        var met = TargetEvaluator.Evaluate(target, reported, 2024, StatusRule.Default);
        Assert.Equal((104.0, TargetStatus.Achieved), (met.Current!.Value, met.Status));
    }

    [Fact]
    public void Progress_gives_current_gap_percent_series_and_forecasts()
    {
        // Sum 2015-2017: 1110, 1240, 1380 (A + B + C in each year).
        var target = Hand.Target(TargetKind.Sum, 1500, deadline: 2019, unit: "100m CNY");
        var progress = TargetEvaluator.Evaluate(target, Data, 2017, StatusRule.Default);
        Assert.Equal(1380, progress.Current);
        Assert.Equal(120, progress.Gap);
        Assert.Equal(92, progress.PercentAchieved!.Value, 12);           // 1380 / 1500
        Assert.Equal([1110.0, 1240.0, 1380.0], progress.Series.Select(p => p.Value));
        var linear = progress.Forecasts.Single(f => f.Method == ForecastMethod.LinearTrend);
        // t̄ = 2016, ȳ = 1243.33; slope = ((-1)(-133.33) + (1)(136.67)) / 2 = 135; 2019: 1243.33 + 3 * 135 = 1648.33
        Assert.Equal(1648.3333333333, linear.Value, 8);
        Assert.Equal(TargetStatus.OnTrack, progress.Status);
        Assert.Contains(progress.Forecasts, f => f.Method == ForecastMethod.CompoundGrowth);
    }

    [Fact]
    public void Past_the_deadline_there_is_no_forecast()
    {
        var progress = TargetEvaluator.Evaluate(Hand.Target(TargetKind.Count, 5, "tier>=Over2Bn", deadline: 2016), Data, 2017, StatusRule.Default);
        Assert.Empty(progress.Forecasts);
        Assert.Equal(TargetStatus.NotAchieved, progress.Status);   // 3 of 5, deadline passed
    }
}
