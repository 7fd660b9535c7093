using ClusterScope.Data.DefaultData;

namespace ClusterScope.Data.Tests.Registry;

/// <summary>The units file of a data set: both names required, decimals bounded, and the Jilin file covering its own data.</summary>
public sealed class UnitFileReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cs-units-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(params string[] rows) =>
        File.WriteAllLines(Path.Combine(_folder, UnitFileReader.FileName), ["code,name_zh,name_en,decimals", .. rows]);

    [Fact]
    public void A_unit_is_read_with_both_names_and_its_decimals()
    {
        Write("hectares,公顷,ha,1", "count,个,count,0");

        var units = UnitFileReader.Read(_folder);

        Assert.Equal(new Domain.Registry.MeasurementUnit("hectares", "公顷", "ha", 1), units.Find("hectares"));
        Assert.Equal(0, units.Find("count").Decimals);
    }

    [Theory]
    [InlineData("km2,,km²,1", "name_zh")]
    [InlineData("km2,平方千米,,1", "name_en")]
    [InlineData("km2,平方千米,  ,1", "name_en")]
    public void A_name_missing_in_one_language_is_an_error_naming_the_file_row_and_unit(string row, string column)
    {
        Write("count,个,count,0", row);

        var error = Assert.Throws<InvalidDataException>(() => UnitFileReader.Read(_folder));

        Assert.Contains("units.csv, row 3, unit 'km2', column '" + column + "'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("7")]
    [InlineData("1.5")]
    [InlineData("")]
    public void Decimals_must_be_a_whole_number_from_0_to_6(string decimals)
    {
        Write("km2,平方千米,km²," + decimals);

        var error = Assert.Throws<InvalidDataException>(() => UnitFileReader.Read(_folder));

        Assert.Contains("unit 'km2', column 'decimals'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_listed_twice_is_an_error()
    {
        Write("count,个,count,0", "count,个,count,0");

        var error = Assert.Throws<InvalidDataException>(() => UnitFileReader.Read(_folder));

        Assert.Contains("row 3, unit 'count': the unit appears twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_units_file_every_unit_shows_under_its_code()
    {
        var unit = UnitFileReader.Read(_folder).Find("100m CNY");

        Assert.Equal(("100m CNY", "100m CNY", Domain.Registry.UnitCatalogue.UnknownDecimals), (unit.NameZh, unit.NameEn, unit.Decimals));
    }

    [Fact]
    public void The_Jilin_units_name_every_unit_of_its_indicators_and_targets()
    {
        var folder = DatasetLoader.Locate("jilin");
        var units = UnitFileReader.Read(folder);
        var contents = DatasetLoader.Read(folder);

        var used = contents.Indicators.Select(i => i.Unit)
            .Concat(contents.Plans.SelectMany(p => p.Targets).Select(t => t.Unit))
            .Append("hectares")
            .Distinct(StringComparer.Ordinal);

        Assert.Equal([], used.Where(u => !units.Contains(u)).ToArray());
    }
}
