using ClusterScope.Analytics.Specialisation;

namespace ClusterScope.Analytics.Tests.Specialisation;

public partial class IndustryConcentrationTests
{
    [Fact]
    public void Concentration_of_the_worked_example_is_checked_by_hand()
    {
        // Industry 0 = (10, 30) over regions with totals (40, 60) and population (50, 50)
        // Hoover vs population: 1/2 (|.25 - .5| + |.75 - .5|) = .25, EconGeo 25 (percent)
        // Hoover vs total: 1/2 (|.25 - .4| + |.75 - .6|) = .15; Krugman .3; Herfindahl .25^2 + .75^2 = .625
        // Lorenz Gini of (10, 30): Y = .25, 1; G = 1 - (.25 + 1.25)/2 = .25; ubiquity: LQ (.625, 1.25) -> 1
        var x = Matrix.From([[10, 30], [30, 30]]);
        double[] population = [50, 50];
        AnalyticsAssert.Close(0.25, IndustryConcentration.Hoover(x, population)[0]);
        AnalyticsAssert.Close(25, IndustryConcentration.Hoover(x, population, Rounding.EconGeo)[0]);
        AnalyticsAssert.Close(0.15, IndustryConcentration.HooverVsTotal(x)[0]);
        AnalyticsAssert.Close(0.3, IndustryConcentration.Krugman(x)[0]);
        AnalyticsAssert.Close(0.625, IndustryConcentration.Herfindahl(x)[0]);
        AnalyticsAssert.Close(0.25, IndustryConcentration.Gini(x)[0]);
        Assert.Equal(1, IndustryConcentration.Ubiquity(x)[0]);
    }

    [Fact]
    public void Column_measures_equal_row_measures_of_the_transpose()
    {
        var x = AnalyticsAssert.RandomMatrix(14, 9, seed: 41);
        var t = x.Transpose();
        AnalyticsAssert.Close(RegionalSpecialisation.Krugman(t, KrugmanReference.RestOfTotal), IndustryConcentration.Krugman(x, KrugmanReference.RestOfTotal));
        AnalyticsAssert.Close(RegionalSpecialisation.LocationQuotientGini(t), IndustryConcentration.LocationQuotientGini(x));
        Assert.Equal(RegionalSpecialisation.Diversity(t), IndustryConcentration.Ubiquity(x));
    }

    [Fact]
    public void Industry_measures_do_not_depend_on_the_order_of_regions()
    {
        var x = AnalyticsAssert.RandomMatrix(18, 6, seed: 42);
        AnalyticsAssert.Close(IndustryConcentration.Gini(x), IndustryConcentration.Gini(Shuffle(x, 44)));
        AnalyticsAssert.Close(IndustryConcentration.LocationalGini(x), IndustryConcentration.LocationalGini(Shuffle(x, 45)));
        AnalyticsAssert.Close(IndustryConcentration.Krugman(x, KrugmanReference.MeanOfOthers),
            IndustryConcentration.Krugman(Shuffle(x, 46), KrugmanReference.MeanOfOthers));
    }

    [Fact]
    public void Locational_Gini_is_at_most_one_half_and_hoover_gini_at_most_one()
    {
        var x = AnalyticsAssert.RandomMatrix(25, 8, seed: 47);
        var population = Enumerable.Range(1, 25).Select(i => (double)i * 1000).ToArray();
        Assert.All(IndustryConcentration.LocationalGini(x), g => Assert.InRange(g, -1e-12, 0.5));
        Assert.All(IndustryConcentration.HooverGini(x, population), g => Assert.InRange(g, -1e-12, 1));
        Assert.All(IndustryConcentration.Hoover(x, population), h => Assert.InRange(h, 0, 1));
    }

    [Fact]
    public void Population_of_the_wrong_length_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => IndustryConcentration.Hoover(Matrix.From([[1, 2], [3, 4]]), [1, 2, 3]));
        Assert.Contains("expected 2", error.Message, StringComparison.Ordinal);
    }

    private static Matrix Shuffle(Matrix m, int seed)
    {
        var order = Enumerable.Range(0, m.Rows).ToArray();
        new Random(seed).Shuffle(order);
        var shuffled = new Matrix(m.Rows, m.Columns);
        for (var r = 0; r < m.Rows; r++)
        {
            m.Row(order[r]).CopyTo(shuffled.RowSpan(r));
        }

        return shuffled;
    }
}
