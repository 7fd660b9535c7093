using ClusterScope.Analytics.InputOutput;

namespace ClusterScope.Analytics.Tests.InputOutput;

public class ImpactsTests
{
    // Miller and Blair ch. 2: A = [[.15, .25], [.2, .05]]; value added (.65, .7), labour income (.3, .25), jobs (.01, .002) per unit.
    private static readonly Matrix A = Matrix.From([[0.15, 0.25], [0.2, 0.05]]);
    private static readonly ImpactModel Open = new(A, [0.65, 0.7], [0.3, 0.25], [0.01, 0.002], null);
    private static readonly ImpactModel Closed = Open with { HouseholdConsumption = [0.3, 0.4] };

    [Fact]
    public void FinalDemandShockSplitsIntoDirectAndIndirect()
    {
        // Δy = (100, 0): L Δy = (0.95, 0.2) * 100 / .7575 = (125.41, 26.40); indirect = (25.41, 26.40).
        var impact = Impacts.OfFinalDemand(Open, [100, 0]);
        Assert.Equal(100, impact.Output.Direct[0], 12);
        Assert.Equal((95 / 0.7575) - 100, impact.Output.Indirect[0], 9);
        Assert.Equal(20 / 0.7575, impact.Output.Indirect[1], 9);
        Assert.All(impact.Output.Induced, v => Assert.Equal(0, v));
        Assert.Equal(0.7 * 20 / 0.7575, impact.ValueAdded.Indirect[1], 9);
        Assert.Equal(0.002 * 20 / 0.7575, impact.Employment.Total[1], 9);
    }

    [Fact]
    public void InducedEffectComesFromTheHouseholdClosure()
    {
        // One sector, a = .2, w = .5, h = .6: open L = 1.25, closed block 2 (det .5); Δy = 10 -> 10, 2.5, 7.5.
        var model = new ImpactModel(Matrix.From([[0.2]]), [0.8], [0.5], [1], [0.6]);
        var impact = Impacts.OfFinalDemand(model, [10]);
        Assert.Equal(10, impact.Output.Direct[0], 12);
        Assert.Equal(2.5, impact.Output.Indirect[0], 12);
        Assert.Equal(7.5, impact.Output.Induced[0], 12);
        Assert.Equal(10, impact.Income.Total[0], 12);
    }

    [Fact]
    public void ValueAddedOfAShockWithoutLeakageEqualsTheShock()
    {
        // When value added is everything but intermediate inputs, v L = 1': GDP rises by exactly the final demand.
        var impact = Impacts.OfFinalDemand(Open, [250, -200]);
        Assert.Equal(50, impact.ValueAdded.Total.Sum(), 9);
    }

    [Fact]
    public void ExogenousOutputChangeDrivesOnlyTheOtherSectors()
    {
        // Sector 1 exogenous, Δx1 = 100: Δx2 = a21 Δx1 / (1 - a22) = 20 / .95.
        var impact = Impacts.OfOutputChange(Open, 0, 100);
        Assert.Equal(100, impact.Output.Direct[0], 12);
        Assert.Equal(0, impact.Output.Indirect[0], 12);
        Assert.Equal(20 / 0.95, impact.Output.Indirect[1], 9);
        var withHouseholds = Impacts.OfOutputChange(Closed, 0, 100);
        Assert.True(withHouseholds.Output.Induced[1] > 0);
        Assert.True(withHouseholds.Output.Induced[0] == 0);
    }

    [Fact]
    public void InvestmentHasAConstructionAndAnOperatingPhase()
    {
        var impact = Impacts.OfInvestment(Closed, [0, 500], 0, 80);
        Assert.Equal(500, impact.Construction.Output.Direct[1], 12);
        Assert.Equal(80, impact.Operation.Output.Direct[0], 12);
        Assert.True(impact.Construction.Output.Induced.Sum() > 0);
    }

    [Fact]
    public void ImpactsAreLinearInTheShock()
    {
        var one = Impacts.OfFinalDemand(Closed, [30, 70]);
        var three = Impacts.OfFinalDemand(Closed, [90, 210]);
        AnalyticsAssert.Close(one.Employment.Total.Select(v => v * 3).ToArray(), three.Employment.Total, rtol: 1e-12);
        AnalyticsAssert.Close(one.Output.Induced.Select(v => v * 3).ToArray(), three.Output.Induced, rtol: 1e-12);
    }

    [Fact]
    public void WrongShockLengthIsRefused()
    {
        Assert.Throws<ArgumentException>(() => Impacts.OfFinalDemand(Open, [1]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Impacts.OfOutputChange(Open, 2, 1));
    }
}
