using ClusterScope.Analytics.InputOutput;

namespace ClusterScope.Analytics.Tests.InputOutput;

public class LeontiefTests
{
    // Miller and Blair (2009), section 2.3: Z = [150 500; 200 100], x = [1000, 2000].
    private static readonly Matrix Z = Matrix.From([[150, 500], [200, 100]]);
    private static readonly double[] X = [1000, 2000];

    [Fact]
    public void CoefficientsAndInverseMatchTheTextbook()
    {
        var a = Leontief.Coefficients(Z, X);
        Assert.Equal(0.15, a[0, 0], 12);
        Assert.Equal(0.25, a[0, 1], 12);
        Assert.Equal(0.2, a[1, 0], 12);
        Assert.Equal(0.05, a[1, 1], 12);
        var l = Leontief.TotalRequirements(a);
        // (I - A)^-1 = 1/0.7575 [0.95 0.25; 0.2 0.85]
        Assert.Equal(0.95 / 0.7575, l[0, 0], 12);
        Assert.Equal(0.25 / 0.7575, l[0, 1], 12);
        Assert.Equal(0.2 / 0.7575, l[1, 0], 12);
        Assert.Equal(0.85 / 0.7575, l[1, 1], 12);
    }

    [Fact]
    public void OutputReproducesGrossOutputFromFinalDemand()
    {
        var a = Leontief.Coefficients(Z, X);
        var x = Leontief.Output(a, [1000 - 650, 2000 - 300]);
        Assert.Equal(1000, x[0], 9);
        Assert.Equal(2000, x[1], 9);
    }

    [Fact]
    public void NonProductiveTableIsRefusedNamingTheSector()
    {
        // [[.5 .6] [.6 .5]] has eigenvalues 1.1 and -0.1: the spectral radius 1.1 exceeds 1.
        var a = Matrix.From([[0.5, 0.6], [0.6, 0.5]]);
        var error = Assert.Throws<ArgumentException>(() => Leontief.EnsureProductive(a, ["agri", "mining"]));
        Assert.Contains("agri", error.Message);
        Assert.Contains("1.1", error.Message);
    }

    [Fact]
    public void ColumnSumAboveOneIsAcceptedWhenTheSpectralRadiusIsBelowOne()
    {
        // Column sums 1.1 and 0.3, yet trace .7 and det .04 give eigenvalues (.7 +- sqrt(.33)) / 2 = .637, .063.
        var a = Matrix.From([[0.5, 0.1], [0.6, 0.2]]);
        Leontief.EnsureProductive(a);
        Assert.Equal((0.7 + Math.Sqrt(0.33)) / 2, Leontief.SpectralRadius(a), 10);
        var l = Leontief.TotalRequirements(a);
        Assert.All(l.AsSpan().ToArray(), v => Assert.True(v >= 0));
    }

    [Fact]
    public void SpectralRadiusLiesBetweenTheSmallestAndLargestColumnSum()
    {
        for (var seed = 1; seed <= 20; seed++)
        {
            var z = AnalyticsAssert.RandomMatrix(8, 8, seed);
            var x = z.RowSums().Select(v => v * 1.8 + 1).ToArray();
            var a = Leontief.Coefficients(z, x);
            var sums = a.ColumnSums();
            var radius = Leontief.SpectralRadius(a);
            Assert.InRange(radius, sums.Min() - 1e-12, sums.Max() + 1e-12);
        }
    }

    [Fact]
    public void ZeroOutputSectorWithInputsIsRefused()
    {
        Assert.Throws<ArgumentException>(() => Leontief.Coefficients(Matrix.From([[0, 1], [0, 0]]), [1, 0]));
    }
}
