using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace ClusterScope.Data.DefaultData;

/// <summary>One CSV row of a data-set file, read by column name, with errors that name the file, row and column.</summary>
internal sealed class CsvRow(string file, int row, IReadOnlyDictionary<string, string> cells)
{
    public string File { get; } = file;

    public int Row { get; } = row;

    public IEnumerable<string> Columns => cells.Keys;

    public string this[string column] => cells.TryGetValue(column, out var value)
        ? value.Trim()
        : throw new InvalidDataException($"{File}: no column '{column}' (row {Row}).");

    public string? Optional(string column) => cells.TryGetValue(column, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public double? OptionalNumber(string column)
    {
        var text = Optional(column);
        if (text is null)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidDataException($"{File}, row {Row}, column '{column}': '{text}' is not a number.");
    }

    public double Number(string column) =>
        OptionalNumber(column) ?? throw new InvalidDataException($"{File}, row {Row}, column '{column}': a number is required.");

    /// <summary>Reads every row of a UTF-8 CSV file with a header.</summary>
    public static List<CsvRow> ReadAll(string path)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { DetectDelimiter = false });
        var rows = new List<CsvRow>();
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord ?? throw new InvalidDataException($"{path}: the file has no header row.");
        var name = Path.GetFileName(path);
        while (csv.Read())
        {
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < header.Length; i++)
            {
                cells[header[i]] = csv.GetField(i) ?? string.Empty;
            }

            rows.Add(new CsvRow(name, csv.Parser.Row, cells));
        }

        return rows;
    }
}
