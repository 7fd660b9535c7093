using ClusterScope.Analytics.Complexity;

namespace ClusterScope.Analytics.Tests.Complexity;

public partial class EconomicComplexityTests
{
    [Theory]
    [InlineData("proximity_default.csv", ProximityMeasure.MinimumConditional)]
    [InlineData("proximity_asymmetric.csv", ProximityMeasure.Asymmetric)]
    public void Proximity_matches_py_ecomplexity_proximity_on_case_05(string file, ProximityMeasure measure)
    {
        var (_, industries, years) = ComplexityCase.Inputs();
        var phi = years.ToDictionary(y => y.Key, y => ProductSpace.Proximity(EconomicComplexity.Presence(y.Value), measure));
        var expected = ReferenceTable.Load($"{ComplexityCase.Folder}/expected/{file}");
        var (year, first, second, value) = (expected.Text("year"), expected.Text("industry_1"), expected.Text("industry_2"), expected.Numbers("proximity"));
        for (var i = 0; i < value.Length; i++)
        {
            var (p, q) = (Array.IndexOf(industries, first[i]), Array.IndexOf(industries, second[i]));
            AnalyticsAssert.Close(value[i], phi[year[i]][p, q], what: $"{file} {year[i]} {first[i]}-{second[i]}");
        }
    }

    [Fact]
    public void Pipeline_proximity_has_a_unit_diagonal_and_equals_the_standalone_proximity()
    {
        var (_, _, years) = ComplexityCase.Inputs();
        var result = EconomicComplexity.Compute(years["2021"]);
        AnalyticsAssert.Close(ProductSpace.Proximity(result.Presence), result.Proximity);
        for (var p = 0; p < result.Proximity.Rows; p++)
        {
            Assert.Equal(1.0, result.Proximity[p, p]);
        }
    }

    [Fact]
    public void Excluding_the_industry_itself_lowers_density_where_the_region_has_the_industry()
    {
        var (_, _, years) = ComplexityCase.Inputs();
        var include = EconomicComplexity.Compute(years["2018"]);
        var exclude = EconomicComplexity.Compute(years["2018"], new ComplexityOptions { DensitySelf = DensitySelf.Exclude });
        for (var c = 0; c < include.Density.Rows; c++)
        {
            for (var p = 0; p < include.Density.Columns; p++)
            {
                // Self included: (S + M_cp) / (T + 1); excluded: S / T, with S <= T, so present cells drop, absent ones rise.
                var present = include.Presence[c, p] == 1;
                Assert.True(present ? exclude.Density[c, p] <= include.Density[c, p] : exclude.Density[c, p] >= include.Density[c, p]);
            }
        }

        AnalyticsAssert.Close(include.Eci, exclude.Eci);
    }

    [Fact]
    public void Continuous_proximity_is_one_plus_the_RCA_correlation_over_two()
    {
        var (_, _, years) = ComplexityCase.Inputs();
        var result = EconomicComplexity.Compute(years["2021"], new ComplexityOptions { Proximity = ProximityMeasure.Continuous });
        var corr = PearsonOfColumns(result.Rca, 0, 1);
        AnalyticsAssert.Close((1 + corr) / 2, result.Proximity[0, 1]);
        AnalyticsAssert.Close(ProductSpace.Density(result.Rca, result.Proximity), result.Density);
    }

    private static double PearsonOfColumns(Matrix m, int a, int b)
    {
        var (x, y) = (m.Column(a), m.Column(b));
        var (mx, my) = (x.Average(), y.Average());
        var sxy = x.Zip(y, (u, v) => (u - mx) * (v - my)).Sum();
        return sxy / Math.Sqrt(x.Sum(u => (u - mx) * (u - mx)) * y.Sum(v => (v - my) * (v - my)));
    }
}
