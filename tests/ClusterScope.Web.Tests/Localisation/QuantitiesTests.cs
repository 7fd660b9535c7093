using System.Globalization;
using ClusterScope.Domain.Registry;
using ClusterScope.Web.Shared;

namespace ClusterScope.Web.Tests.Localisation;

/// <summary>Figures formatted by their unit's decimals, grouped in the request culture, with the unit named in its language.</summary>
public sealed class QuantitiesTests
{
    private static readonly CultureInfo English = new("en");

    private static readonly CultureInfo Chinese = new("zh-CN");

    private static readonly UnitCatalogue Units = new([
        new MeasurementUnit("count", "个", "count", 0),
        new MeasurementUnit("hectares", "公顷", "ha", 1),
        new MeasurementUnit("100m CNY", "亿元", "100m CNY", 2),
    ]);

    [Theory]
    [InlineData(145000d, 0, "145,000")]          // a count: no ".00"
    [InlineData(1001.5, 1, "1,001.5")]           // an area with 1 decimal: not rounded to 1,002
    [InlineData(1001.45, 1, "1,001.5")]          // half away from zero, as statistical tables round
    [InlineData(-2.5, 0, "-3")]
    [InlineData(11726.82, 2, "11,726.82")]
    [InlineData(0.1234, 3, "0.123")]
    public void A_figure_has_group_separators_and_exactly_its_decimals(double value, int decimals, string expected) =>
        Assert.Equal(expected, Quantities.Format(value, decimals, English));

    [Fact]
    public void Chinese_figures_group_by_thousands_with_a_point_for_decimals()
    {
        // zh-CN groups by three with "," and writes the decimal point as "." (not 万-grouping, not a comma).
        Assert.Equal("1,234,567.89", Quantities.Format(1234567.891, 2, Chinese));
        Assert.Equal("145,000", Quantities.Format(145000, 0, Chinese));
    }

    [Fact]
    public void A_missing_figure_shows_as_a_dash() => Assert.Equal("–", Quantities.Format(null, 2, English));

    [Fact]
    public void Negative_decimals_are_refused_naming_the_parameter() =>
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => Quantities.Format(1, -1, English)).ParamName);

    [Fact]
    public void A_figure_takes_the_decimals_and_name_of_its_unit_in_the_request_language()
    {
        var quantities = new Quantities(Units);
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (Chinese, Chinese);
            Assert.Equal("145,000 个", quantities.WithUnit(145000, "count"));
            Assert.Equal("1,001.5 公顷", quantities.WithUnit(1001.5, "hectares"));
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (English, English);
            Assert.Equal("1,001.5 ha", quantities.WithUnit(1001.5, "hectares"));
            Assert.Equal("3.00 t", quantities.WithUnit(3, "t"));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }
    }
}
