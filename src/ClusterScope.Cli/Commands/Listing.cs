using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ClusterScope.Data.Export;
using CsvHelper;
using Spectre.Console;

namespace ClusterScope.Cli.Commands;

/// <summary>A listing's rows written as a table, CSV or JSON.</summary>
internal sealed class Listing(IReadOnlyList<string> columns)
{
    public static readonly string[] Formats = ["table", "csv", "json"];

    /// <summary>The <c>--format</c> option of a listing command: table (default), csv or json, anything else refused.</summary>
    public static Option<string> FormatOption()
    {
        var format = new Option<string>("--format", "-f") { Description = "Output format: table, csv or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong(Formats);
        return format;
    }

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly List<object?[]> _rows = [];

    public void Add(params object?[] values) => _rows.Add(values);

    public async Task WriteAsync(TextWriter output, string format)
    {
        switch (format)
        {
            case "csv":
                await using (var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true))
                {
                    foreach (var column in columns)
                    {
                        csv.WriteField(column);
                    }

                    await csv.NextRecordAsync();
                    foreach (var row in _rows)
                    {
                        foreach (var value in row)
                        {
                            // Numbers are written plainly; text is neutralised, so a spreadsheet opens the file safely.
                            csv.WriteField(value is string text ? CsvCell.Text(text) : Text(value));
                        }

                        await csv.NextRecordAsync();
                    }
                }

                break;
            case "json":
                var objects = _rows.Select(r => columns.Select((c, i) => (c, r[i])).ToDictionary(x => x.c, x => x.Item2));
                await output.WriteLineAsync(JsonSerializer.Serialize(objects, Json));
                break;
            default:
                var table = new Table().Border(TableBorder.Simple);
                foreach (var column in columns)
                {
                    table.AddColumn(column);
                }

                foreach (var row in _rows)
                {
                    table.AddRow(row.Select(v => Markup.Escape(Text(v))).ToArray());
                }

                var console = AnsiConsole.Create(new AnsiConsoleSettings
                {
                    Out = new AnsiConsoleOutput(output),
                    Ansi = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected ? AnsiSupport.Detect : AnsiSupport.No,
                });
                console.Profile.Width = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected ? console.Profile.Width : 400;
                console.Write(table);
                await output.WriteLineAsync($"{_rows.Count} rows");
                break;
        }
    }

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        double d => d.ToString("0.##", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
