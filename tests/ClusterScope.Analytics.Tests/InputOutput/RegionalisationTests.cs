using ClusterScope.Analytics.InputOutput;

namespace ClusterScope.Analytics.Tests.InputOutput;

public class RegionalisationTests
{
    // Regional sizes (30, 10) of national (100, 300): R / N = 0.1, SLQ = (.75 / .25, .25 / .75) = (3, 1/3).
    private static readonly double[] Regional = [30, 10];
    private static readonly double[] National = [100, 300];

    [Fact]
    public void QuotientsMatchHandArithmetic()
    {
        var lambda = Math.Pow(Math.Log2(1.1), 0.3);
        var slq = Regionalisation.Quotients(Regional, National, RegionalisationMethod.Slq);
        var cilq = Regionalisation.Quotients(Regional, National, RegionalisationMethod.Cilq);
        var flq = Regionalisation.Quotients(Regional, National, RegionalisationMethod.Flq);
        var aflq = Regionalisation.Quotients(Regional, National, RegionalisationMethod.Aflq);
        Assert.Equal(3, slq[0, 1], 12);
        Assert.Equal(1 / 3.0, slq[1, 0], 12);
        Assert.Equal(9, cilq[0, 1], 12);
        Assert.Equal(1 / 9.0, cilq[1, 0], 12);
        Assert.Equal(3, cilq[0, 0], 12);
        Assert.Equal(lambda / 9, flq[1, 0], 12);
        Assert.Equal(lambda / 3, flq[1, 1], 12);
        // Column 1 buys from a specialised sector (SLQ 3): times log2(1 + 3) = 2; column 2 (SLQ 1/3) is unchanged.
        Assert.Equal(2 * lambda / 9, aflq[1, 0], 12);
        Assert.Equal(lambda / 3, aflq[1, 1], 12);
    }

    [Fact]
    public void RegionalCoefficientsNeverExceedNationalOnes()
    {
        var a = Matrix.From([[0.15, 0.25], [0.2, 0.05]]);
        foreach (var method in Enum.GetValues<RegionalisationMethod>())
        {
            var r = Regionalisation.Apply(a, Regionalisation.Quotients(Regional, National, method));
            for (var i = 0; i < 2; i++)
            {
                for (var j = 0; j < 2; j++)
                {
                    Assert.InRange(r[i, j], 0, a[i, j]);
                }
            }
        }

        // Sector 2 (SLQ 1/3) keeps a third of its row under SLQ.
        var slq = Regionalisation.Apply(a, Regionalisation.Quotients(Regional, National, RegionalisationMethod.Slq));
        Assert.Equal(0.2 / 3, slq[1, 0], 12);
        Assert.Equal(0.15, slq[0, 0], 12);
    }

    [Fact]
    public void FlqWithZeroDeltaIsCilqAndShrinksAsDeltaGrows()
    {
        var cilq = Regionalisation.Quotients(Regional, National, RegionalisationMethod.Cilq);
        var flq0 = Regionalisation.Quotients(Regional, National, RegionalisationMethod.Flq, 0);
        AnalyticsAssert.Close(cilq, flq0);
        var previous = double.PositiveInfinity;
        foreach (var delta in new[] { 0.1, 0.2, 0.3, 0.5, 0.9 })
        {
            var value = Regionalisation.Quotients(Regional, National, RegionalisationMethod.Flq, delta)[1, 0];
            Assert.True(value < previous);
            previous = value;
        }
    }

    [Fact]
    public void ANationEqualToItsRegionIsLeftUnchangedBySlqAndCilq()
    {
        // R = N: every SLQ is 1, lambda = log2(2)^delta = 1.
        foreach (var method in Enum.GetValues<RegionalisationMethod>())
        {
            var q = Regionalisation.Quotients(National, National, method);
            Assert.All(q.AsSpan().ToArray(), v => Assert.Equal(1, v, 12));
        }
    }

    [Fact]
    public void BadDeltaAndEmptyRegionAreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Regionalisation.Quotients(Regional, National, RegionalisationMethod.Flq, 1.2));
        Assert.Throws<ArgumentException>(() => Regionalisation.SimpleQuotients([0, 0], National));
        Assert.Throws<ArgumentException>(() => Regionalisation.SimpleQuotients([1, -1], National));
    }
}
