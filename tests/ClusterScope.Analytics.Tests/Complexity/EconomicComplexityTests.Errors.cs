using ClusterScope.Analytics.Complexity;

namespace ClusterScope.Analytics.Tests.Complexity;

public partial class EconomicComplexityTests
{
    [Fact]
    public void A_disconnected_region_industry_network_is_refused_with_the_industries_on_each_side()
    {
        // R1, R2 make only I0 and I1; R3, R4 only I2 and I3: two components, eigenvalue 1 twice.
        var values = Matrix.From([[3, 2, 0, 0], [2, 3, 0, 0], [0, 0, 3, 2], [0, 0, 2, 3]]);
        var error = Assert.Throws<ArgumentException>(() => EconomicComplexity.Compute(values));
        Assert.Contains("disconnected", error.Message, StringComparison.Ordinal);
        Assert.Contains("0, 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("2, 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tied_second_eigenvalue_is_refused()
    {
        // Region i makes industries i and i+1 around a ring of 6: M_pp is circulant, eigenvalues (1 + cos(2 pi k / 6)) / 2 come in pairs.
        var values = new Matrix(6, 6);
        for (var i = 0; i < 6; i++)
        {
            values[i, i] = 1;
            values[i, (i + 1) % 6] = 1;
        }

        var error = Assert.Throws<ArgumentException>(() => EconomicComplexity.Compute(values));
        Assert.Contains("tied", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_region_without_any_industry_above_the_threshold_is_named()
    {
        // Every region has the same mix, so every RCA is 1: nothing reaches 1.5.
        var values = Matrix.From([[1, 2, 3], [2, 4, 6], [3, 6, 9]]);
        var error = Assert.Throws<ArgumentException>(() => EconomicComplexity.Compute(values, new ComplexityOptions { Threshold = 1.5 }));
        Assert.Contains("row 0", error.Message, StringComparison.Ordinal);
        Assert.Contains("1.5", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_values_are_refused_with_their_position()
    {
        var error = Assert.Throws<ArgumentException>(() => EconomicComplexity.Compute(Matrix.From([[1, 2], [3, -4]])));
        Assert.Contains("row) 1, industry (column) 1", error.Message, StringComparison.Ordinal);
    }
}
