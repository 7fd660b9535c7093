using ClusterScope.Analytics.Composite;
using ClusterScope.Domain.Evaluation;

namespace ClusterScope.Domain.Tests.Evaluation;

public class EligibilityTests
{
    private static readonly EvaluationFramework Framework = Frameworks.Small() with
    {
        HardThresholds = [new HardThreshold(new IndicatorCondition("x", Min: 1), "must report output")],
        AtLeastRules = [new AtLeastRule(2, [new IndicatorCondition("x", Min: 10), new IndicatorCondition("y", Max: 5), new IndicatorCondition("z", 0, 1)])],
    };

    private static Func<string, double> Values(double x, double y, double z) => code => code switch { "x" => x, "y" => y, _ => z };

    [Fact]
    public void A_unit_meeting_every_rule_has_no_failures() => Assert.Empty(Eligibility.Failures(Framework, Values(10, 5, 1)));

    [Fact]
    public void A_hard_threshold_failure_names_the_condition_the_value_and_the_reason()
    {
        var failures = Eligibility.Failures(Framework, Values(0.5, 1, 0.5));
        Assert.Equal(["fails hard threshold x >= 1 (x = 0.5): must report output"], failures);
    }

    [Fact]
    public void A_missing_value_fails_its_threshold()
    {
        Assert.Equal("fails hard threshold x >= 1 (x not reported): must report output", Eligibility.Failures(Framework, Values(double.NaN, 1, 0.5))[0]);
    }

    [Theory]
    [InlineData(10, 9, 2, false)]
    [InlineData(10, 5, 2, true)]
    [InlineData(1, 5, 0, true)]
    [InlineData(1, 5, double.NaN, false)]
    public void At_least_two_of_three_conditions_must_hold(double x, double y, double z, bool eligible)
    {
        Assert.Equal(eligible, Eligibility.Failures(Framework, Values(x, y, z)).Count == 0);
    }

    [Fact]
    public void Bounds_are_inclusive()
    {
        var condition = new IndicatorCondition("z", 0, 1);
        Assert.True(condition.IsMetBy(0) && condition.IsMetBy(1));
        Assert.False(condition.IsMetBy(1.0000001) || condition.IsMetBy(double.NaN));
        Assert.Equal("0 <= z <= 1", condition.ToString());
    }

    [Fact]
    public void Direction_does_not_enter_eligibility()
    {
        // y is negatively directed, but a rule on y still reads the raw value.
        Assert.Equal(Direction.Negative, Framework.Indicators[1].Direction);
        Assert.Empty(Eligibility.Failures(Framework, Values(10, 5, 5)));
    }
}
