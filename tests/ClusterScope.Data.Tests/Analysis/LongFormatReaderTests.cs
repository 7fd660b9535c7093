using ClusterScope.Data.Analysis;

namespace ClusterScope.Data.Tests.Analysis;

public sealed class LongFormatReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cs-long-").FullName;

    private string File(string text, string name = "input.csv")
    {
        var path = Path.Combine(_folder, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Long_rows_become_a_matrix_with_absent_cells_zero()
    {
        var panel = LongFormatReader.ReadRegionIndustry(File("region,industry,value\nA,x,1\nA,y,2\nB,y,3\n"));
        Assert.Equal(["A", "B"], panel.Regions);
        Assert.Equal(["x", "y"], panel.Industries);
        var m = panel.For(null);
        Assert.Equal(0, m[1, 0]);
        Assert.Equal(3, m[1, 1]);
    }

    [Fact]
    public void A_year_column_makes_one_matrix_per_year()
    {
        var panel = LongFormatReader.ReadRegionIndustry(File("year,region,industry,value\n2021,A,x,1\n2020,A,x,5\n2021,B,x,2\n"));
        Assert.Equal([2020, 2021], panel.Years);
        Assert.Equal(5, panel.For(2020)[0, 0]);
        Assert.Contains("choose one with --year", Assert.Throws<ArgumentException>(() => panel.For(null)).Message, StringComparison.Ordinal);
        Assert.Contains("2020, 2021", Assert.Throws<ArgumentException>(() => panel.For(1999)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("region,value\nA,1\n", "missing column(s) industry")]
    [InlineData("region,industry,value\nA,x,abc\n", "row 2, field 'value': 'abc' is not a number")]
    [InlineData("region,industry,value\nA,x,1\nB,x,-2\n", "row 3, field 'value': -2 is negative")]
    [InlineData("region,industry,value\nA,x,1\nA,x,2\n", "row 3: region 'A', industry 'x' already appears in row 2")]
    [InlineData("region,industry,value\n,x,1\n", "row 2, field 'region': empty")]
    [InlineData("region,industry,value,year\nA,x,1,20x1\n", "row 2, field 'year': '20x1' is not a year")]
    [InlineData("region,industry,value\n", "has a header but no rows")]
    [InlineData("", "the file is empty")]
    public void Bad_input_names_the_row_and_field(string text, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => LongFormatReader.ReadRegionIndustry(File(text)));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("input.csv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Plants_are_read_with_region_and_industry_indices()
    {
        var plants = LongFormatReader.ReadPlants(File("plant,region,industry,employment\np1,R1,I1,10\np2,R2,I1,5\np3,R1,I2,7\n"));
        Assert.Equal([0, 1, 0], plants.RegionIndex);
        Assert.Equal([0, 0, 1], plants.IndustryIndex);
        Assert.Equal([10.0, 5, 7], plants.Employment);
    }

    [Fact]
    public void A_repeated_plant_is_refused()
    {
        var error = Assert.Throws<InvalidDataException>(() => LongFormatReader.ReadPlants(File("plant,region,industry,employment\np1,R1,I1,10\np1,R2,I1,5\n")));
        Assert.Contains("row 3: plant 'p1' already appears in row 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_named() =>
        Assert.Contains("nowhere.csv", Assert.Throws<FileNotFoundException>(() => LongFormatReader.ReadPlants(Path.Combine(_folder, "nowhere.csv"))).Message, StringComparison.Ordinal);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
