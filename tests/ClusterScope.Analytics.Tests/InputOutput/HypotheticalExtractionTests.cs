using ClusterScope.Analytics.InputOutput;

namespace ClusterScope.Analytics.Tests.InputOutput;

public class HypotheticalExtractionTests
{
    // Miller and Blair ch. 2: A = [[.15, .25], [.2, .05]], y = (350, 1700), x = (1000, 2000).
    private static readonly Matrix A = Matrix.From([[0.15, 0.25], [0.2, 0.05]]);
    private static readonly double[] Y = [350, 1700];

    [Fact]
    public void TotalExtractionLeavesTheOtherSectorAlone()
    {
        // Without sector 1: x2 = 1700 / .95; loss = 3000 - 1789.47 = 1210.53.
        var result = HypotheticalExtraction.Total(A, Y, 0);
        Assert.Equal(0, result.After[0], 12);
        Assert.Equal(1700 / 0.95, result.After[1], 9);
        Assert.Equal(3000 - (1700 / 0.95), result.Loss, 9);
    }

    [Fact]
    public void BackwardExtractionRemovesOnlyThePurchases()
    {
        // Column 1 of A zeroed (a11 = a21 = 0): x2 = 1700 / .95, x1 = 350 + .25 x2.
        var result = HypotheticalExtraction.Backward(A, Y, 0);
        var x2 = 1700 / 0.95;
        var x1 = 350 + (0.25 * x2);
        Assert.Equal(x1, result.After[0], 9);
        Assert.Equal(3000 - x1 - x2, result.Loss, 9);
    }

    [Fact]
    public void ForwardExtractionRemovesOnlyTheSales()
    {
        // B = [[.15, .5], [.1, .05]], v = (650, 1400). With row 1 of B zeroed, x_j = v_j + sum_i x_i b_ij gives
        // x2 = 1400 + .05 x2 -> x2 = 1400 / .95, and x1 = 650 + .1 x2.
        var b = Ghosh.Allocation(Matrix.From([[150, 500], [200, 100]]), [1000, 2000]);
        var result = HypotheticalExtraction.Forward(b, [650, 1400], 0);
        var x2 = 1400 / 0.95;
        Assert.Equal(650 + (0.1 * x2), result.After[0], 9);
        Assert.Equal(x2, result.After[1], 9);
        Assert.Equal(3000 - result.After.Sum(), result.Loss, 9);
    }

    [Fact]
    public void PartialExtractionsLoseNoMoreThanTotalExtraction()
    {
        for (var seed = 1; seed <= 10; seed++)
        {
            var z = AnalyticsAssert.RandomMatrix(6, 6, seed);
            var x = z.RowSums().Select(v => (v * 1.6) + 5).ToArray();
            var a = Leontief.Coefficients(z, x);
            var y = x.Select((v, i) => v - z.Row(i).ToArray().Sum()).ToArray();
            for (var j = 0; j < 6; j++)
            {
                var total = HypotheticalExtraction.Total(a, y, j).Loss;
                var backward = HypotheticalExtraction.Backward(a, y, j).Loss;
                Assert.InRange(backward, -1e-9, total + 1e-9);
                AnalyticsAssert.Close(x.Sum(), HypotheticalExtraction.Total(a, y, j).Before.Sum(), rtol: 1e-10);
            }
        }
    }
}
