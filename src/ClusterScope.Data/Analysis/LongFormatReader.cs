using System.Globalization;
using ClusterScope.Analytics;
using CsvHelper;
using CsvHelper.Configuration;

namespace ClusterScope.Data.Analysis;

/// <summary>Reads the long-format CSV files of <c>clusterscope analyze</c>; every error names the file, row and field.</summary>
/// <remarks>Values must be finite and non-negative; a region-industry(-year) key may appear once. Rows count from 1 for the header,
/// as a spreadsheet shows them.</remarks>
public static class LongFormatReader
{
    /// <summary>Reads <c>region,industry,value</c> with an optional <c>year</c> column.</summary>
    /// <exception cref="InvalidDataException">A missing column, an empty label, a bad or negative value, a bad year or a duplicate key.</exception>
    public static RegionIndustryPanel ReadRegionIndustry(string path)
    {
        var regions = new Labels();
        var industries = new Labels();
        var cells = new List<(int Region, int Industry, int? Year, double Value)>();
        var seen = new Dictionary<(int, int, int?), int>();
        var hasYear = false;
        ReadRows(path, ["region", "industry", "value"], ["year"], (header, row, line) =>
        {
            hasYear = header.Contains("year");
            var region = regions.Of(Label(path, line, "region", row["region"]));
            var industry = industries.Of(Label(path, line, "industry", row["industry"]));
            int? year = hasYear ? Year(path, line, row["year"]) : null;
            var value = NonNegative(path, line, "value", row["value"]);
            if (seen.TryGetValue((region, industry, year), out var first))
            {
                throw new InvalidDataException($"{Path.GetFileName(path)}, row {line}: region '{row["region"]}', industry '{row["industry"]}'"
                    + (year is null ? string.Empty : $", year {year}") + $" already appears in row {first}.");
            }

            seen[(region, industry, year)] = line;
            cells.Add((region, industry, year, value));
        });
        var years = hasYear ? cells.Select(c => c.Year!.Value).Distinct().Order().ToList() : [];
        var matrices = (hasYear ? years.Cast<int?>() : [null]).Select(_ => new Matrix(regions.Count, industries.Count)).ToList();
        foreach (var (region, industry, year, value) in cells)
        {
            matrices[year is null ? 0 : years.IndexOf(year.Value)][region, industry] = value;
        }

        return new RegionIndustryPanel(regions.All, industries.All, years, matrices);
    }

    /// <summary>Reads <c>plant,region,industry,employment</c>.</summary>
    /// <exception cref="InvalidDataException">A missing column, an empty label, a bad or negative employment or a repeated plant.</exception>
    public static PlantRecords ReadPlants(string path)
    {
        var regions = new Labels();
        var industries = new Labels();
        var plants = new List<string>();
        var regionIndex = new List<int>();
        var industryIndex = new List<int>();
        var employment = new List<double>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        ReadRows(path, ["plant", "region", "industry", "employment"], [], (_, row, line) =>
        {
            var plant = Label(path, line, "plant", row["plant"]);
            if (!seen.TryAdd(plant, line))
            {
                throw new InvalidDataException($"{Path.GetFileName(path)}, row {line}: plant '{plant}' already appears in row {seen[plant]}.");
            }

            plants.Add(plant);
            regionIndex.Add(regions.Of(Label(path, line, "region", row["region"])));
            industryIndex.Add(industries.Of(Label(path, line, "industry", row["industry"])));
            employment.Add(NonNegative(path, line, "employment", row["employment"]));
        });
        return new PlantRecords(plants, regions.All, industries.All, [.. regionIndex], [.. industryIndex], [.. employment]);
    }

    /// <summary>Reads <c>region,population</c> (or any reference quantity per region).</summary>
    /// <exception cref="InvalidDataException">A missing column, a bad or negative value or a repeated region.</exception>
    public static Dictionary<string, double> ReadPopulation(string path)
    {
        var population = new Dictionary<string, double>(StringComparer.Ordinal);
        var rows = new Dictionary<string, int>(StringComparer.Ordinal);
        ReadRows(path, ["region", "population"], [], (_, row, line) =>
        {
            var region = Label(path, line, "region", row["region"]);
            if (!rows.TryAdd(region, line))
            {
                throw new InvalidDataException($"{Path.GetFileName(path)}, row {line}: region '{region}' already appears in row {rows[region]}.");
            }

            population[region] = NonNegative(path, line, "population", row["population"]);
        });
        return population;
    }

    /// <summary>Reads <c>year,industry,value</c>: the nation's total of each industry in each year, for shift-share.</summary>
    /// <exception cref="InvalidDataException">A missing column, an empty label, a bad year, a bad or negative value or a repeated key.</exception>
    public static NationalTotals ReadNational(string path)
    {
        var values = new Dictionary<(int, string), double>();
        var rows = new Dictionary<(int, string), int>();
        ReadRows(path, ["year", "industry", "value"], [], (_, row, line) =>
        {
            var key = (Year(path, line, row["year"]), Label(path, line, "industry", row["industry"]));
            if (!rows.TryAdd(key, line))
            {
                throw new InvalidDataException($"{Path.GetFileName(path)}, row {line}: industry '{key.Item2}', year {key.Item1} already appears in row {rows[key]}.");
            }

            values[key] = NonNegative(path, line, "value", row["value"]);
        });
        return new NationalTotals(values, Path.GetFileName(path));
    }

    internal static void ReadRows(string path, string[] required, string[] optional, Action<HashSet<string>, Dictionary<string, string>, int> onRow)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Input file '{path}' does not exist.", path);
        }

        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, BadDataFound = null });
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is null)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)}: the file is empty; expected a header with {string.Join(",", required)}.");
        }

        var header = csv.HeaderRecord.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var missing = required.Where(r => !header.Contains(r)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)}: missing column(s) {string.Join(", ", missing)}; the header is '{string.Join(",", csv.HeaderRecord)}'.");
        }

        var present = header.Where(h => required.Contains(h) || optional.Contains(h)).ToHashSet();
        var rows = 0;
        while (csv.Read())
        {
            var line = csv.Parser.Row;
            if (csv.Parser.Count < header.Length)
            {
                throw new InvalidDataException($"{Path.GetFileName(path)}, row {line}: {csv.Parser.Count} field(s) where the header has {header.Length} ({string.Join(",", csv.HeaderRecord)}).");
            }

            var row = present.ToDictionary(c => c, c => csv.GetField(Array.IndexOf(header, c)) ?? string.Empty);
            onRow(present, row, line);
            rows++;
        }

        if (rows == 0)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)}: the file has a header but no rows.");
        }
    }

    internal static string Label(string path, int line, string field, string text) =>
        string.IsNullOrWhiteSpace(text) ? throw new InvalidDataException($"{Path.GetFileName(path)}, row {line}, field '{field}': empty.") : text.Trim();

    private static int Year(string path, int line, string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100
            ? year
            : throw new InvalidDataException($"{Path.GetFileName(path)}, row {line}, field 'year': '{text}' is not a year.");

    private static double NonNegative(string path, int line, string field, string text)
    {
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw new InvalidDataException($"{Path.GetFileName(path)}, row {line}, field '{field}': '{text}' is not a number.");
        }

        return value >= 0 ? value : throw new InvalidDataException($"{Path.GetFileName(path)}, row {line}, field '{field}': {text} is negative.");
    }

    private sealed class Labels
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly List<string> _all = [];

        public IReadOnlyList<string> All => _all;

        public int Count => _all.Count;

        public int Of(string label)
        {
            if (!_index.TryGetValue(label, out var i))
            {
                i = _all.Count;
                _index[label] = i;
                _all.Add(label);
            }

            return i;
        }
    }
}
