using System.Globalization;
using CsvHelper;

namespace ClusterScope.Data.Intake;

/// <summary>The outcome of one import: what was found wrong, and what was (or, on a dry run, would be) added, updated or left unchanged.</summary>
/// <remarks>At most <see cref="MaxErrorsKept"/> errors are kept, so a badly broken large file still gives a report of
/// bounded size; <see cref="ErrorCount"/> counts them all.</remarks>
public sealed class ImportReport
{
    /// <summary>How many errors a report keeps.</summary>
    public const int MaxErrorsKept = 10_000;

    private readonly List<ImportError> _errors = [];

    /// <summary>The imported file's name.</summary>
    public required string File { get; init; }

    /// <summary>What the file imports.</summary>
    public required ImportKind Kind { get; init; }

    /// <summary>Whether nothing was to be written.</summary>
    public bool DryRun { get; init; }

    /// <summary>Whether valid rows were to be written despite refused ones.</summary>
    public bool ValidRowsOnly { get; init; }

    /// <summary>Data rows read (the header not counted).</summary>
    public int RowsRead { get; set; }

    /// <summary>Data rows with at least one error.</summary>
    public int RowsRefused { get; set; }

    /// <summary>Records added (or that would be, on a dry run).</summary>
    public int Added { get; set; }

    /// <summary>Records whose values changed; for observations each one kept its earlier value as a revision.</summary>
    public int Updated { get; set; }

    /// <summary>Records already holding exactly the file's values.</summary>
    public int Unchanged { get; set; }

    /// <summary>True when the file was refused: nothing was written.</summary>
    public bool Refused { get; set; }

    /// <summary>True when the changes were committed (not refused, not a dry run).</summary>
    public bool Written { get; set; }

    /// <summary>Every error found, up to <see cref="MaxErrorsKept"/>.</summary>
    public IReadOnlyList<ImportError> Errors => _errors;

    /// <summary>How many errors were found in all.</summary>
    public int ErrorCount { get; private set; }

    /// <summary>Records an error.</summary>
    public void Add(ImportError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        ErrorCount++;
        if (_errors.Count < MaxErrorsKept)
        {
            _errors.Add(error);
        }
    }

    /// <summary>Writes the errors (the first <paramref name="max"/>) as UTF-8 CSV: <c>file,row,column,message,message_zh</c>.</summary>
    public async Task WriteErrorsCsvAsync(TextWriter writer, int max = int.MaxValue)
    {
        await using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var header in new[] { "file", "row", "column", "message", "message_zh" })
        {
            csv.WriteField(header);
        }

        await csv.NextRecordAsync();
        foreach (var error in _errors.Take(max))
        {
            // The file name, column and messages quote what the uploader wrote, so they are neutralised.
            csv.WriteField(Export.CsvCell.Text(error.File));
            csv.WriteField(error.Row.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(Export.CsvCell.Text(error.Column));
            csv.WriteField(Export.CsvCell.Text(error.Message));
            csv.WriteField(Export.CsvCell.Text(error.MessageZh));
            await csv.NextRecordAsync();
        }

        await csv.FlushAsync();
    }
}
