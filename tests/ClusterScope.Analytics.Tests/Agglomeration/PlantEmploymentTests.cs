using ClusterScope.Analytics.Agglomeration;

namespace ClusterScope.Analytics.Tests.Agglomeration;

public class PlantEmploymentTests
{
    [Theory]
    [InlineData(5, 0, 3.0, "Plant 2: region index 5 is outside 0..2")]
    [InlineData(-1, 0, 3.0, "Plant 2: region index -1 is outside 0..2")]
    [InlineData(0, 4, 3.0, "Plant 2: industry index 4 is outside 0..1")]
    [InlineData(0, 0, -3.0, "Plant 2: employment -3 is negative or not finite")]
    [InlineData(0, 0, double.NaN, "Plant 2: employment NaN is negative or not finite")]
    public void An_invalid_plant_is_refused_by_its_index(int region, int industry, double employment, string message)
    {
        int[] regions = [0, 1, region, 2];
        int[] industries = [0, 1, industry, 1];
        double[] employments = [1, 2, employment, 4];

        var error = Assert.Throws<ArgumentException>(() => PlantEmployment.Aggregate(regions, industries, employments, 3, 2));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Spans_of_different_lengths_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => PlantEmployment.Aggregate([0, 1], [0], [1, 2], 2, 1));
        Assert.Contains("differ in length", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_first_invalid_plant_is_named_when_several_blocks_run_in_parallel()
    {
        var plants = RandomPlants.Create(600_000, 5, 5, seed: 1);
        plants.Employment[450_000] = -1;
        plants.Employment[550_000] = -1;

        var error = Assert.Throws<ArgumentException>(() => plants.Aggregate());
        Assert.Contains("Plant 450000:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Region_industry_matrix_has_regions_as_rows()
    {
        // Plants: (region 1, industry 0, 4), (region 0, industry 1, 6), (region 1, industry 1, 2).
        var plants = PlantEmployment.Aggregate([1, 0, 1], [0, 1, 1], [4, 6, 2], 2, 2);
        var m = plants.ToRegionIndustryMatrix();

        AnalyticsAssert.Close(Matrix.From([[0, 6], [4, 2]]), m);
        Assert.Equal([6.0, 6.0], plants.RegionTotals);
        Assert.Equal([4.0, 8.0], plants.IndustryTotals);
    }
}
