using System.Globalization;
using ClusterScope.Domain.Registry;

namespace ClusterScope.Web.Shared;

/// <summary>Figures as the pages show them: with the decimals of their unit and the unit's name in the request's language.</summary>
public sealed class Quantities(UnitCatalogue units)
{
    /// <summary>The figure with its unit's decimals, grouped in the request culture; "–" when missing.</summary>
    public string Number(double? value, string unit) => Format(value, units.Find(unit).Decimals, CultureInfo.CurrentCulture);

    /// <summary>The unit's name in the request's language.</summary>
    public string Unit(string unit)
    {
        var found = units.Find(unit);
        return Ui.Name(found.NameZh, found.NameEn);
    }

    /// <summary>The figure followed by its unit's name, e.g. "1,001.5 ha" or "1,001.5 公顷".</summary>
    public string WithUnit(double? value, string unit) => value is null ? "–" : $"{Number(value, unit)} {Unit(unit)}";

    /// <summary>A number with group separators and exactly <paramref name="decimals"/> decimals in <paramref name="culture"/>; "–" when missing.</summary>
    /// <remarks>Rounds half away from zero, as statistical tables do (1,001.45 with 1 decimal is 1,001.5).</remarks>
    public static string Format(double? value, int decimals, CultureInfo culture)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentNullException.ThrowIfNull(culture);
        if (value is not { } number)
        {
            return "–";
        }

        var rounded = double.IsFinite(number) ? Math.Round(number, Math.Min(decimals, 15), MidpointRounding.AwayFromZero) : number;
        return rounded.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), culture);
    }

    /// <summary>The catalogue of the configured data set (<c>Data:DefaultDataset</c>), or an empty one when it has none.</summary>
    public static UnitCatalogue Load(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        try
        {
            return Data.DefaultData.UnitFileReader.Read(Data.DefaultData.DatasetLoader.Locate(configuration["Data:DefaultDataset"] ?? "jilin"));
        }
        catch (DirectoryNotFoundException)
        {
            return UnitCatalogue.Empty;
        }
    }
}
