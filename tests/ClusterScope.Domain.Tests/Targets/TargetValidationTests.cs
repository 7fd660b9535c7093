using ClusterScope.Domain.Registry;
using ClusterScope.Domain.Targets;

namespace ClusterScope.Domain.Tests.Targets;

public class TargetValidationTests
{
    [Fact]
    public void Conditions_parse_and_print_back()
    {
        var condition = TargetCondition.Parse("category=equipment; tier>=Over2Bn");
        Assert.Equal(new TargetCondition(MinimumTier: OutputTier.Over2Bn, Category: "equipment"), condition);
        Assert.Equal("tier>=Over2Bn;category=equipment", condition.ToString());
        Assert.Equal(TargetCondition.Any, TargetCondition.Parse("  "));
    }

    [Theory]
    [InlineData("tier=Over3Bn", "'Over3Bn' is not one of")]
    [InlineData("size=large", "is not a condition")]
    [InlineData("tier=1", "is not one of")]
    public void Bad_conditions_say_why(string text, string expected)
    {
        Assert.False(TargetCondition.TryParse(text, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_names_each_missing_or_bad_field()
    {
        var target = Hand.Target(TargetKind.Share, 135);
        target.Code = "Bad Code";
        target.ReferenceIndicator = null;
        target.DeadlineYear = 1900;
        target.Condition = "tier=Huge";
        var errors = target.Validate();
        Assert.Equal(["code", "condition", "deadlineYear", "referenceIndicator", "value"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_status_count_needs_a_status_condition_and_a_plan_a_sensible_period()
    {
        Assert.Contains("condition", Hand.Target(TargetKind.StatusCount, 100).Validate().Keys);
        Assert.Empty(Hand.Target(TargetKind.StatusCount, 100, "status>=Provincial").Validate());
        var plan = Hand.Plan();
        plan.PeriodEnd = 2010;
        Assert.Equal(["periodEnd"], plan.Validate().Keys);
    }
}
