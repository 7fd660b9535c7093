using ClusterScope.Analytics.Complexity;

namespace ClusterScope.Analytics.Tests.Complexity;

public partial class EconomicComplexityTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Eci_is_the_average_pci_of_the_region_s_industries(int seed)
    {
        // kc = (M / k_c) kp and PCI uses ECI's mean and sd, so the identity survives the normalisation.
        var result = EconomicComplexity.Compute(AnalyticsAssert.RandomMatrix(60, 35, seed));
        for (var c = 0; c < 60; c++)
        {
            var present = Enumerable.Range(0, 35).Where(p => result.Presence[c, p] == 1).ToArray();
            AnalyticsAssert.Close(present.Average(p => result.Pci[p]), result.Eci[c], rtol: 1e-9, atol: 1e-10);
        }
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void Eci_is_z_scored_density_is_a_share_and_cog_vanishes_where_the_industry_is_present(int seed)
    {
        var result = EconomicComplexity.Compute(AnalyticsAssert.RandomMatrix(50, 30, seed));
        AnalyticsAssert.Close(0, result.Eci.Average(), atol: 1e-12);
        AnalyticsAssert.Close(1, Math.Sqrt(result.Eci.Average(e => e * e)));
        AnalyticsAssert.Close(0, result.Coi.Average(), atol: 1e-12);
        Assert.InRange(result.SecondEigenvalue, 0, 1);
        for (var c = 0; c < 50; c++)
        {
            for (var p = 0; p < 30; p++)
            {
                Assert.InRange(result.Density[c, p], 0, 1 + 1e-12);
                if (result.Presence[c, p] == 1)
                {
                    Assert.Equal(0, Math.Abs(result.Cog[c, p]));
                }
            }
        }
    }

    [Fact]
    public void Eci_is_invariant_to_the_order_of_regions_and_to_the_unit_of_value()
    {
        var values = AnalyticsAssert.RandomMatrix(40, 25, 6);
        AnalyticsAssert.RowPermutationInvariant(values, m => EconomicComplexity.Compute(m).Eci);
        var scaled = values.Clone();
        for (var r = 0; r < scaled.Rows; r++)
        {
            System.Numerics.Tensors.TensorPrimitives.Multiply(scaled.RowSpan(r), 1000.0, scaled.RowSpan(r));
        }

        AnalyticsAssert.Close(EconomicComplexity.Compute(values).Pci, EconomicComplexity.Compute(scaled).Pci);
    }

    [Fact]
    public void Regions_and_industries_with_a_zero_total_are_dropped_and_get_NaN()
    {
        var values = AnalyticsAssert.RandomMatrix(30, 20, 7);
        var full = EconomicComplexity.Compute(values);
        var padded = new Matrix(31, 21);
        for (var r = 0; r < 30; r++)
        {
            values.Row(r).CopyTo(padded.RowSpan(r + 1)[..20]);
        }

        var result = EconomicComplexity.Compute(padded);
        Assert.True(double.IsNaN(result.Eci[0]));
        Assert.True(double.IsNaN(result.Pci[20]));
        Assert.True(double.IsNaN(result.Density[5, 20]));
        AnalyticsAssert.Close(full.Eci, result.Eci.AsSpan(1));
        AnalyticsAssert.Close(full.Pci, result.Pci.AsSpan(0, 20));
    }

    [Fact]
    public void A_panel_is_computed_year_by_year()
    {
        var (_, _, years) = ComplexityCase.Inputs();
        var panel = EconomicComplexity.ComputePanel([years["2018"], years["2021"]]);
        AnalyticsAssert.Close(EconomicComplexity.Compute(years["2021"]).Eci, panel[1].Eci);
    }

    [Fact]
    public void The_managed_path_agrees_with_OpenBLAS_on_a_random_matrix_with_every_option()
    {
        var values = AnalyticsAssert.RandomMatrix(120, 70, 8);
        foreach (var options in new[]
        {
            ComplexityOptions.Default,
            new ComplexityOptions { Proximity = ProximityMeasure.Continuous, DensitySelf = DensitySelf.Exclude },
            new ComplexityOptions { Proximity = ProximityMeasure.Asymmetric, Convention = ComplexityConvention.EconGeo },
        })
        {
            var native = EconomicComplexity.Compute(values, options, managed: false);
            var managed = EconomicComplexity.Compute(values, options, managed: true);
            AnalyticsAssert.Close(native.Eci, managed.Eci, what: "eci");
            AnalyticsAssert.Close(native.Proximity, managed.Proximity, what: "proximity");
            AnalyticsAssert.Close(native.Density, managed.Density, what: "density");
            AnalyticsAssert.Close(native.Cog, managed.Cog, atol: 1e-11, what: "cog");
        }
    }
}
