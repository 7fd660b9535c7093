using ClusterScope.Domain.Registry;

namespace ClusterScope.Domain.Tests.Registry;

public class ReportingPeriodTests
{
    [Theory]
    [InlineData("2017", true)]
    [InlineData("2023-Q1", true)]
    [InlineData("2023-07", true)]
    [InlineData("2023-13", false)]
    [InlineData("2023-Q5", false)]
    [InlineData("17", false)]
    [InlineData("as of page 2013-07-01", false)]
    [InlineData("1800", false)]
    public void Years_quarters_and_months_are_periods(string text, bool valid) => Assert.Equal(valid, ReportingPeriod.IsValid(text));

    [Fact]
    public void A_bad_period_is_explained() =>
        Assert.Contains("2023-Q1", Assert.Throws<FormatException>(() => ReportingPeriod.Year("Q1")).Message, StringComparison.Ordinal);
}
