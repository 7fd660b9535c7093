using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace ClusterScope.Data.Intake;

/// <summary>Streams the rows of a CSV or XLSX file as text cells; the first row is the header.</summary>
/// <remarks>CSV: UTF-8 with or without BOM, or GB18030/GBK (detected). XLSX: the first sheet; formulas give their cached
/// values and merged cells read as their first cell. Rows count from 1 for the header, as a spreadsheet shows them.</remarks>
internal sealed class TableFile
{
    private readonly string _path;
    private readonly bool _xlsx;

    public TableFile(string path)
    {
        _path = path;
        _xlsx = path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || IsZip(path);
    }

    /// <summary>Fraction of the file read so far (CSV), for progress.</summary>
    public double Fraction { get; private set; }

    /// <summary>The header (lower-cased, trimmed) followed by the data rows with their row numbers.</summary>
    public IEnumerable<(int Row, string?[] Cells)> Rows() => _xlsx ? XlsxRows() : CsvRows();

    private IEnumerable<(int Row, string?[] Cells)> CsvRows()
    {
        var encoding = TextEncodingDetector.Detect(_path);
        using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, IgnoreBlankLines = true };
        using var parser = new CsvParser(reader, configuration);
        var row = 0;
        var length = Math.Max(1, stream.Length);
        while (parser.Read())
        {
            row++;
            var record = parser.Record!;
            yield return (row, row == 1 ? Header(record) : Array.ConvertAll(record, c => (string?)c));
            if ((row & 0x3FFF) == 0)
            {
                Fraction = (double)stream.Position / length;
            }
        }

        Fraction = 1;
    }

    private IEnumerable<(int Row, string?[] Cells)> XlsxRows()
    {
        var configuration = new OpenXmlConfiguration { FillMergedCells = true };
        var row = 0;
        foreach (IDictionary<string, object?> cells in MiniExcel.Query(_path, useHeaderRow: false, excelType: ExcelType.XLSX, configuration: configuration))
        {
            row++;
            var values = cells.Values.Select(Text).ToArray();
            yield return (row, row == 1 ? Header(values) : values);
        }

        Fraction = 1;
    }

    private static string?[] Header(string?[] cells) =>
        Array.ConvertAll(cells, c => (string?)(c ?? string.Empty).Trim().TrimStart('\uFEFF').ToLowerInvariant());

    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime d when d.TimeOfDay == TimeSpan.Zero => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("s", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static bool IsZip(string path)
    {
        Span<byte> start = stackalloc byte[4];
        using var stream = File.OpenRead(path);
        return stream.Read(start) == 4 && start[0] == 0x50 && start[1] == 0x4B && start[2] == 3 && start[3] == 4;
    }
}
