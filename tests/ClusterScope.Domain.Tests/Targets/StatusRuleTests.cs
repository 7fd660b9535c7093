using ClusterScope.Domain.Targets;

namespace ClusterScope.Domain.Tests.Targets;

public class StatusRuleTests
{
    private static readonly Target AtLeast100By2017 = Hand.Target(TargetKind.Sum, 100, unit: "100m CNY");

    private static Forecast LinearTo(double value) => new(ForecastMethod.LinearTrend, 2017, value, null, null, 0.95, 3, 10);

    [Theory]
    [InlineData(100, 2015, TargetStatus.Achieved)]  // met before the deadline
    [InlineData(80, 2017, TargetStatus.NotAchieved)]   // deadline reached, not met
    [InlineData(80, 2019, TargetStatus.NotAchieved)]
    public void Status_from_the_current_value_and_the_deadline(double current, int year, TargetStatus expected) =>
        Assert.Equal(expected, TargetEvaluator.StatusOf(AtLeast100By2017, current, year, LinearTo(0), StatusRule.Default));

    [Theory]
    [InlineData(100, TargetStatus.OnTrack)]   // 60, 70, 80 → 100 in 2017
    [InlineData(90, TargetStatus.AtRisk)]     // attainment 0.9: the default margin
    [InlineData(89.9, TargetStatus.OffTrack)]
    public void Before_the_deadline_the_forecast_decides(double forecast, TargetStatus expected) =>
        Assert.Equal(expected, TargetEvaluator.StatusOf(AtLeast100By2017, 80, 2015, LinearTo(forecast), StatusRule.Default));

    [Fact]
    public void The_at_risk_margin_is_configurable()
    {
        var lenient = new StatusRule(AtRiskFraction: 0.8);
        Assert.Equal(TargetStatus.AtRisk, TargetEvaluator.StatusOf(AtLeast100By2017, 80, 2015, LinearTo(85), lenient));
        Assert.Equal(TargetStatus.OffTrack, TargetEvaluator.StatusOf(AtLeast100By2017, 80, 2015, LinearTo(85), StatusRule.Default));
    }

    [Fact]
    public void Without_a_forecast_the_current_value_is_scored()
    {
        Assert.Equal(TargetStatus.AtRisk, TargetEvaluator.StatusOf(AtLeast100By2017, 95, 2015, null, StatusRule.Default));
        Assert.Equal(TargetStatus.OffTrack, TargetEvaluator.StatusOf(AtLeast100By2017, 50, 2015, null, StatusRule.Default));
    }

    [Fact]
    public void At_most_and_exactly_compare_the_other_way()
    {
        var rule = StatusRule.Default;
        Assert.True(rule.Meets(90, 100, Comparator.AtMost));
        Assert.Equal(0.8, rule.Attainment(125, 100, Comparator.AtMost), 12);   // 100 / 125
        Assert.False(rule.Meets(101, 100, Comparator.Exactly));
        Assert.True(new StatusRule(ExactTolerance: 0.02).Meets(101, 100, Comparator.Exactly));
        Assert.Equal(0.95, rule.Attainment(105, 100, Comparator.Exactly), 12);  // 1 - 5 / 100
        var atMost = Hand.Target(TargetKind.Sum, 100, comparator: Comparator.AtMost);
        Assert.Equal(TargetStatus.AtRisk, TargetEvaluator.StatusOf(atMost, 120, 2015, LinearTo(105), rule));   // 100 / 105 = 0.952
    }
}
