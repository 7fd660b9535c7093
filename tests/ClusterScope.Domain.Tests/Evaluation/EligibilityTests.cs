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
    public void A_hard_threshold_failure_says_in_both_languages_what_the_unit_has_what_is_needed_and_why()
    {
        var failure = Assert.Single(Eligibility.Failures(Framework, Values(0.5, 1, 0.5)));
        Assert.Equal("x: 0.5, and the framework needs x of at least 1 (why: must report output)", failure.En);
        Assert.Equal("x：0.5，而框架要求x不低于 1（理由：must report output）", failure.Zh);
    }

    [Fact]
    public void The_Chinese_reason_uses_the_indicators_Chinese_name_and_the_rules_Chinese_reason()
    {
        var framework = Framework with
        {
            Indicators = [.. Framework.Indicators.Select(i => i.Code == "x" ? i with { NameZh = "产值" } : i)],
            HardThresholds = [new HardThreshold(new IndicatorCondition("x", Min: 1), "must report output", "须报告产值")],
        };
        var failure = Assert.Single(Eligibility.Failures(framework, Values(0.5, 1, 0.5)));
        Assert.Equal("x: 0.5, and the framework needs x of at least 1 (why: must report output)", failure.En);
        Assert.Equal("产值：0.5，而框架要求产值不低于 1（理由：须报告产值）", failure.Zh);
    }

    [Fact]
    public void A_missing_value_fails_its_threshold()
    {
        var failure = Eligibility.Failures(Framework, Values(double.NaN, 1, 0.5))[0];
        Assert.Equal("x: not reported, and the framework needs x of at least 1 (why: must report output)", failure.En);
        Assert.StartsWith("x：未报告，", failure.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void An_at_least_rule_names_only_the_failed_conditions_and_how_many_are_needed()
    {
        var failure = Assert.Single(Eligibility.Failures(Framework, Values(10, 9, 2)));
        Assert.Equal("y: 9; z: 2, and the framework needs at least 2 of these 3: x of at least 10; y of at most 5; z between 0 and 1", failure.En);
        Assert.Equal("y：9；z：2，而框架要求以下 3 项中至少满足 2 项：x不低于 10；y不高于 5；z在 0 至 1 之间", failure.Zh);
    }

    [Fact]
    public void A_one_of_two_rule_reads_as_either_or_and_says_none_recorded_for_a_zero_count()
    {
        var framework = Frameworks.Small() with
        {
            Indicators = [.. Frameworks.Small().Indicators.Select(i => i.Code == "x" ? i with { Name = "Incubators" } : i.Code == "z" ? i with { Name = "Eco-industrial status" } : i)],
            AtLeastRules = [new AtLeastRule(1, [new IndicatorCondition("x", Min: 1), new IndicatorCondition("z", Min: 1)])],
        };
        var failure = Assert.Single(Eligibility.Failures(framework, Values(0, 1, 0)));
        Assert.Equal("Incubators: none recorded; Eco-industrial status: none recorded, and the framework needs Incubators of at least 1 or Eco-industrial status of at least 1", failure.En);
        Assert.Equal("Incubators：无记录；Eco-industrial status：无记录，而框架要求Incubators不低于 1或Eco-industrial status不低于 1", failure.Zh);
        Assert.DoesNotContain(">=", failure.En, StringComparison.Ordinal);
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
