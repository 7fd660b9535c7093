using System.Globalization;
using CsvHelper;

namespace ClusterScope.Data.Export;

/// <summary>Writes result tables (named columns, rows of labels and numbers) as CSV or as JSON-ready records.</summary>
/// <remarks>Shared by the CLI and the API so a result reads the same wherever it comes from: numbers round-trip ("R"),
/// NaN is written <c>NA</c> in CSV (as R and pandas read it) and null in JSON, which has no NaN. Text cells are
/// neutralised against formula injection (<see cref="CsvCell.Text"/>); numbers are written as they are.</remarks>
public static class TableWriter
{
    /// <summary>Writes a header and the rows as CSV.</summary>
    public static async Task WriteCsvAsync(TextWriter writer, IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in columns)
        {
            csv.WriteField(column);
        }

        await csv.NextRecordAsync();
        foreach (var row in rows)
        {
            foreach (var value in row)
            {
                csv.WriteField(value switch
                {
                    double d when double.IsNaN(d) => "NA",
                    double d => d.ToString("R", CultureInfo.InvariantCulture),
                    string text => CsvCell.Text(text),
                    _ => Convert.ToString(value, CultureInfo.InvariantCulture),
                });
            }

            await csv.NextRecordAsync();
        }
    }

    /// <summary>The rows as records keyed by column, with NaN and infinities as null.</summary>
    public static IEnumerable<Dictionary<string, object?>> Records(IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        return rows.Select(r => columns.Select((c, i) => (c, v: r[i] is double d && !double.IsFinite(d) ? null : r[i])).ToDictionary(x => x.c, x => x.v));
    }
}
