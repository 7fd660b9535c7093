using ClusterScope.Analytics.InputOutput;

namespace ClusterScope.Analytics.Tests.InputOutput;

public class GhoshTests
{
    // Miller and Blair (2009), section 12.1 on the chapter 2 table: Z = [150 500; 200 100], x = [1000, 2000].
    private static readonly Matrix Z = Matrix.From([[150, 500], [200, 100]]);
    private static readonly double[] X = [1000, 2000];

    [Fact]
    public void AllocationCoefficientsAndInverseMatchTheTextbook()
    {
        var b = Ghosh.Allocation(Z, X);
        // B = [150/1000 500/1000; 200/2000 100/2000]; det(I - B) = .85 * .95 - .5 * .1 = .7575
        Assert.Equal(0.15, b[0, 0], 12);
        Assert.Equal(0.5, b[0, 1], 12);
        Assert.Equal(0.1, b[1, 0], 12);
        var g = Ghosh.Inverse(b);
        Assert.Equal(0.95 / 0.7575, g[0, 0], 12);
        Assert.Equal(0.5 / 0.7575, g[0, 1], 12);
    }

    [Fact]
    public void PrimaryInputsReproduceGrossOutput()
    {
        // v = x - column sums of Z = [1000 - 350, 2000 - 600]
        var x = Ghosh.Output(Ghosh.Allocation(Z, X), [650, 1400]);
        Assert.Equal(1000, x[0], 9);
        Assert.Equal(2000, x[1], 9);
    }

    [Fact]
    public void GhoshInverseIsSimilarToTheLeontiefInverse()
    {
        // G = diag(x)^-1 L diag(x) (Miller and Blair 2009, eq. 12.9), on seeded random tables.
        for (var seed = 1; seed <= 10; seed++)
        {
            var z = AnalyticsAssert.RandomMatrix(6, 6, seed);
            var x = z.RowSums().Select(v => (v * 1.5) + 10).ToArray();
            var l = Leontief.TotalRequirements(Leontief.Coefficients(z, x));
            var g = Ghosh.Inverse(Ghosh.Allocation(z, x));
            for (var i = 0; i < 6; i++)
            {
                for (var j = 0; j < 6; j++)
                {
                    AnalyticsAssert.Close(l[i, j] * x[j] / x[i], g[i, j], rtol: 1e-10);
                }
            }
        }
    }

    [Fact]
    public void ZeroOutputSectorThatSellsIsRefused()
    {
        Assert.Throws<ArgumentException>(() => Ghosh.Allocation(Matrix.From([[0, 1], [0, 0]]), [0, 1]));
    }
}
