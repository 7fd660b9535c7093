using ClusterScope.Analytics.Specialisation;

namespace ClusterScope.Analytics.Tests.Specialisation;

public class RegionIndustryMatrixTests
{
    [Fact]
    public void Long_cells_become_a_matrix_with_absent_cells_zero_and_labels_in_first_seen_order()
    {
        var table = RegionIndustryMatrix.FromLong(
        [
            new("Z2", "food", 3),
            new("Z1", "wood", 2),
            new("Z1", "food", 1),
        ]);
        Assert.Equal(["Z2", "Z1"], table.Regions);
        Assert.Equal(["food", "wood"], table.Industries);
        AnalyticsAssert.Close(Matrix.From([[3, 0], [1, 2]]), table.Values);
    }

    [Fact]
    public void Results_are_written_back_in_long_format_region_by_region()
    {
        var table = RegionIndustryMatrix.FromLong([new("Z1", "a", 10), new("Z1", "b", 30), new("Z2", "a", 30), new("Z2", "b", 30)]);
        var cells = table.ToLong(LocationQuotient.Compute(table.Values));
        Assert.Equal(new RegionIndustryValue("Z1", "a", 0.625), cells[0]);
        Assert.Equal(("Z2", "b"), (cells[3].Region, cells[3].Industry));
        var byRegion = table.ByRegion(RegionalSpecialisation.Krugman(table.Values));
        Assert.Equal("Z2", byRegion[1].Key);
    }

    [Fact]
    public void A_repeated_cell_is_refused_with_its_labels()
    {
        var error = Assert.Throws<ArgumentException>(() => RegionIndustryMatrix.FromLong([new("Z1", "a", 1), new("Z1", "a", 2)]));
        Assert.Contains("(Z1, a)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_result_of_another_shape_is_refused()
    {
        var table = RegionIndustryMatrix.FromLong([new("Z1", "a", 1)]);
        Assert.Throws<ArgumentException>(() => table.ToLong(new Matrix(2, 1)));
        Assert.Throws<ArgumentException>(() => table.ByIndustry([1.0, 2.0]));
    }
}
