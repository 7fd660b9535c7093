using System.Globalization;
using ClusterScope.Domain.Registry;

namespace ClusterScope.Data.DefaultData;

/// <summary>Reads a data set's units of measurement from <c>units.csv</c> (code, name_zh, name_en, decimals).</summary>
/// <remarks>The file is optional: without it every unit shows under its code. A unit without a name in either language,
/// with decimals outside 0–6 or listed twice stops the read with the file, row and unit named.</remarks>
public static class UnitFileReader
{
    /// <summary>The file's name in a data set's folder.</summary>
    public const string FileName = "units.csv";

    /// <summary>The most decimals a unit may ask for.</summary>
    public const int MaxDecimals = 6;

    /// <summary>Reads the units of the data set in <paramref name="folder"/>.</summary>
    /// <exception cref="InvalidDataException">A row is invalid; the message names the file, row, unit and column.</exception>
    public static UnitCatalogue Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return UnitCatalogue.Empty;
        }

        var units = new Dictionary<string, MeasurementUnit>(StringComparer.Ordinal);
        foreach (var row in CsvRow.ReadAll(path))
        {
            var code = row["code"];
            var where = $"{row.File}, row {row.Row}, unit '{code}'";
            if (code.Length == 0)
            {
                throw new InvalidDataException($"{row.File}, row {row.Row}, column 'code': a unit needs a code.");
            }

            var unit = new MeasurementUnit(code, Named(row, "name_zh", where), Named(row, "name_en", where), Decimals(row, where));
            if (!units.TryAdd(code, unit))
            {
                throw new InvalidDataException($"{where}: the unit appears twice.");
            }
        }

        return new UnitCatalogue(units.Values);
    }

    private static string Named(CsvRow row, string column, string where) =>
        row.Optional(column) ?? throw new InvalidDataException($"{where}, column '{column}': the name is missing; every unit needs a Chinese and an English name.");

    private static int Decimals(CsvRow row, string where) =>
        int.TryParse(row["decimals"], NumberStyles.None, CultureInfo.InvariantCulture, out var decimals) && decimals <= MaxDecimals
            ? decimals
            : throw new InvalidDataException($"{where}, column 'decimals': '{row["decimals"]}' is not a whole number from 0 to {MaxDecimals}.");
}
