using ClusterScope.Analytics.InputOutput;

namespace ClusterScope.Analytics.Tests.InputOutput;

public class MultipliersTests
{
    [Fact]
    public void OneSectorClosedModelGivesHandCheckedTypeIAndTypeII()
    {
        // a = .2, labour income w = .5 per unit, households spend h = .6 of income on the product.
        // Open: L = 1 / .8 = 1.25. Closed: det [[.8, -.6], [-.5, 1]] = .8 - .3 = .5, so the block is 1 / .5 = 2.
        var a = Matrix.From([[0.2]]);
        var l = Leontief.TotalRequirements(a);
        var closed = HouseholdClosure.TotalRequirements(a, [0.5], [0.6]);
        Assert.Equal(1.25, Multipliers.Output(l)[0], 12);
        Assert.Equal(2, Multipliers.Output(closed)[0], 12);
        Assert.Equal(0.625, Multipliers.Simple([0.5], l)[0], 12);
        Assert.Equal(1.25, Multipliers.TypeI([0.5], l)[0], 12);
        Assert.Equal(2, HouseholdClosure.TypeII([0.5], closed)[0], 12);
    }

    [Fact]
    public void TypeIIExceedsTypeIWhichExceedsOne()
    {
        for (var seed = 1; seed <= 10; seed++)
        {
            var z = AnalyticsAssert.RandomMatrix(6, 6, seed);
            var x = z.RowSums().Select(v => (v * 2) + 5).ToArray();
            var a = Leontief.Coefficients(z, x);
            var random = new Random(seed);
            var income = Enumerable.Range(0, 6).Select(_ => 0.1 + (0.3 * random.NextDouble())).ToArray();
            var consumption = Enumerable.Range(0, 6).Select(_ => 0.1 * random.NextDouble()).ToArray();
            var l = Leontief.TotalRequirements(a);
            var closed = HouseholdClosure.TotalRequirements(a, income, consumption);
            var typeI = Multipliers.TypeI(income, l);
            var typeII = HouseholdClosure.TypeII(income, closed);
            for (var j = 0; j < 6; j++)
            {
                Assert.True(typeI[j] >= 1 - 1e-12, $"Type I {typeI[j]}");
                Assert.True(typeII[j] > typeI[j], $"Type II {typeII[j]} <= Type I {typeI[j]}");
            }
        }
    }

    [Fact]
    public void TypeIIsNaNWhereTheDirectEffectIsZero()
    {
        var l = Leontief.TotalRequirements(Matrix.From([[0.1, 0.2], [0.3, 0.1]]));
        Assert.True(double.IsNaN(Multipliers.TypeI([0, 1], l)[0]));
    }

    [Fact]
    public void WrongLengthIsRefused()
    {
        Assert.Throws<ArgumentException>(() => Multipliers.Simple([1.0], Matrix.From([[0.1, 0.2], [0.3, 0.1]])));
    }
}
