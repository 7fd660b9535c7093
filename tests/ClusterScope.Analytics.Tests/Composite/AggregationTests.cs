using System.Globalization;
using ClusterScope.Analytics.Composite;

namespace ClusterScope.Analytics.Tests.Composite;

public class AggregationTests
{
    [Fact]
    public void The_four_means_match_COINr_on_the_reference_vectors()
    {
        var inputs = ReferenceTable.Load($"{Case07.Folder}/expected/aggregation_functions_vectors_inputs.csv");
        var expected = ReferenceTable.Load($"{Case07.Folder}/expected/aggregation_functions_vectors.csv");
        for (var k = 0; k < inputs.Rows.Count; k++)
        {
            var x = inputs.Rows[k][1].Split(';').Select(ReferenceTable.ParseNumber).ToArray();
            var w = inputs.Rows[k][2].Split(';').Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();
            AnalyticsAssert.Close(expected.Numbers("a_amean")[k], Aggregation.ArithmeticMean(x, w));
            AnalyticsAssert.Close(expected.Numbers("a_gmean")[k], Aggregation.GeometricMean(x, w));
            AnalyticsAssert.Close(expected.Numbers("a_hmean")[k], Aggregation.HarmonicMean(x, w));
            AnalyticsAssert.Close(expected.Numbers("a_genmean_p2")[k], Aggregation.GeneralisedMean(x, w, 2, GenmeanMissing.CoinrNa));
        }
    }

    [Fact]
    public void Generalised_mean_drops_missing_values_by_default()
    {
        // x = 35, 62.5, NA, 80 with w = 1, 2, (0.5), 1.5: sum w = 4.5; sum w x^2 = 1225 + 7812.5 + 9600 = 18637.5
        double[] x = [35, 62.5, double.NaN, 80];
        double[] w = [1, 2, 0.5, 1.5];
        AnalyticsAssert.Close(Math.Sqrt(18637.5 / 4.5), Aggregation.GeneralisedMean(x, w, 2));
    }

    [Fact]
    public void Means_are_ordered_harmonic_geometric_arithmetic_and_equal_on_a_constant_vector()
    {
        var random = new Random(9);
        for (var trial = 0; trial < 50; trial++)
        {
            var x = Enumerable.Range(0, 8).Select(_ => 1 + (random.NextDouble() * 99)).ToArray();
            var w = Enumerable.Range(0, 8).Select(_ => random.NextDouble()).ToArray();
            var (h, g, a) = (Aggregation.HarmonicMean(x, w), Aggregation.GeometricMean(x, w), Aggregation.ArithmeticMean(x, w));
            Assert.True(h <= g + 1e-12 && g <= a + 1e-12);
            AnalyticsAssert.Close(a, Aggregation.GeneralisedMean(x, w, 1));
        }

        double[] constant = [7, 7, 7];
        AnalyticsAssert.Close(7, Aggregation.GeometricMean(constant, [1, 2, 3]));
        AnalyticsAssert.Close(7, Aggregation.HarmonicMean(constant, [1, 2, 3]));
    }

    [Fact]
    public void Equal_weights_reproduce_the_unweighted_mean()
    {
        var random = new Random(13);
        var x = Enumerable.Range(0, 12).Select(_ => random.NextDouble() * 100).ToArray();
        AnalyticsAssert.Close(x.Average(), Aggregation.ArithmeticMean(x, Enumerable.Repeat(3.0, 12).ToArray()));
    }

    [Fact]
    public void Geometric_mean_refuses_zero_and_all_missing_gives_NaN()
    {
        var error = Assert.Throws<ArgumentException>(() => Aggregation.GeometricMean([4, 0, 2], [1, 1, 1]));
        Assert.Contains("value 1", error.Message, StringComparison.Ordinal);
        Assert.True(double.IsNaN(Aggregation.ArithmeticMean([double.NaN, double.NaN], [1, 1])));
    }
}
