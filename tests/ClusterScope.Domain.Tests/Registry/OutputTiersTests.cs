using ClusterScope.Domain.Registry;

namespace ClusterScope.Domain.Tests.Registry;

public class OutputTiersTests
{
    [Theory]
    [InlineData(0, OutputTier.Below2Bn)]
    [InlineData(19.99, OutputTier.Below2Bn)]
    [InlineData(20, OutputTier.Over2Bn)]
    [InlineData(49.9, OutputTier.Over2Bn)]
    [InlineData(50, OutputTier.Over5Bn)]
    [InlineData(100, OutputTier.Over10Bn)]
    [InlineData(999.99, OutputTier.Over10Bn)]
    [InlineData(1000, OutputTier.Over100Bn)]
    [InlineData(25000, OutputTier.Over100Bn)]
    public void Output_in_hundred_million_yuan_falls_in_its_tier(double output, OutputTier expected) =>
        Assert.Equal(expected, OutputTiers.Of(output));

    [Fact]
    public void Tiers_never_go_down_as_output_grows()
    {
        var previous = OutputTier.Below2Bn;
        for (var output = 0.0; output < 2000; output += 0.5)
        {
            var tier = OutputTiers.Of(output);
            Assert.True(tier >= previous, $"tier fell at {output}");
            previous = tier;
        }
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public void Negative_or_missing_output_is_refused(double output) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => OutputTiers.Of(output));

    [Fact]
    public void Labels_exist_in_both_languages()
    {
        Assert.Equal("超千亿元", OutputTiers.Label(OutputTier.Over100Bn, chinese: true));
        Assert.Equal("≥ RMB 100 bn", OutputTiers.Label(OutputTier.Over100Bn, chinese: false));
    }
}
