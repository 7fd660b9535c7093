using System.Globalization;
using System.Text;
using CsvHelper;

namespace ClusterScope.Cli.Commands;

/// <summary>Writes result tables as CSV or JSON rows, and result files so that a failure never leaves half a file.</summary>
internal static class TabularOutput
{
    /// <summary>Writes a header and the rows as CSV: numbers round-trip ("R"), NaN as NA, text as is.</summary>
    public static async Task WriteCsvAsync(TextWriter writer, IReadOnlyList<string> columns, IEnumerable<object?[]> rows)
    {
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
                    _ => Convert.ToString(value, CultureInfo.InvariantCulture),
                });
            }

            await csv.NextRecordAsync();
        }
    }

    /// <summary>The rows as objects keyed by column, with NaN and infinities as null (JSON has no NaN).</summary>
    public static IEnumerable<Dictionary<string, object?>> JsonRows(IReadOnlyList<string> columns, IEnumerable<object?[]> rows) =>
        rows.Select(r => columns.Select((c, i) => (c, v: r[i] is double d && !double.IsFinite(d) ? null : r[i])).ToDictionary(x => x.c, x => x.v));

    /// <summary>Writes the file aside (UTF-8, no BOM) and moves it into place, so a failed write never leaves half a file under the requested name.</summary>
    public static async Task<T> WriteFileAsync<T>(FileInfo target, Func<TextWriter, Task<T>> write)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(write);
        var temporary = target.FullName + ".partial";
        T result;
        await using (var writer = new StreamWriter(temporary, false, new UTF8Encoding(false)))
        {
            result = await write(writer);
        }

        File.Move(temporary, target.FullName, overwrite: true);
        return result;
    }
}
