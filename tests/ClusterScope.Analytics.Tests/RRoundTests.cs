namespace ClusterScope.Analytics.Tests;

public class RRoundTests
{
    [Theory]
    [InlineData(0.01875, 4, 0.0187)] // R 4: round(0.01875, 4) == 0.0187 (the double lies just below the midpoint)
    [InlineData(2.5, 0, 2.0)]         // half to even
    [InlineData(3.5, 0, 4.0)]
    [InlineData(-1.005, 2, -1.0)]     // the double -1.005 is -1.00499999...
    [InlineData(0.125, 2, 0.12)]      // an exact binary midpoint: ties to the even digit
    [InlineData(1.23456, 3, 1.235)]
    public void Rounds_as_R_4_does(double x, int digits, double expected) => Assert.Equal(expected, RRound.Round(x, digits));

    [Fact]
    public void Non_finite_values_pass_through()
    {
        Assert.True(double.IsNaN(RRound.Round(double.NaN, 2)));
        Assert.Equal(double.PositiveInfinity, RRound.Round(double.PositiveInfinity, 2));
    }
}
