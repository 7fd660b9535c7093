using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace ClusterScope.Data.Intake;

/// <summary>Streams the rows of a CSV or XLSX file as text cells, within <see cref="IntakeLimits"/>; the first row is the header.</summary>
/// <remarks>CSV: UTF-8 with or without BOM, UTF-16 with BOM, or GB18030/GBK when the whole file decodes as such; any other
/// bytes refuse the file at the row they are in, so no replacement character is ever stored. XLSX: the first sheet, read by
/// <see cref="XlsxSheetReader"/>. Rows count from 1 for the header, as a spreadsheet shows them. Every problem, including a
/// cell with a NUL or other control character, surfaces as <see cref="UnreadableFileException"/>.</remarks>
internal sealed class TableFile
{
    private readonly string _path;
    private readonly bool _xlsx;
    private readonly IntakeLimits _limits;

    public TableFile(string path, IntakeLimits? limits = null)
    {
        _path = path;
        _limits = limits ?? IntakeLimits.Default;
        _xlsx = path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || IsZip(path);
    }

    /// <summary>Fraction of the file read so far (CSV), for progress.</summary>
    public double Fraction { get; private set; }

    /// <summary>The header (lower-cased, trimmed) followed by the data rows with their row numbers.</summary>
    /// <exception cref="UnreadableFileException">The file cannot be read or goes beyond the limits.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public IEnumerable<(int Row, string?[] Cells)> Rows(CancellationToken ct = default)
    {
        var budget = new ReadBudget(_limits.Budget, ct);
        string?[]? header = null;
        foreach (var (row, cells) in _xlsx ? XlsxRows(budget) : CsvRows())
        {
            budget.Check(row);
            Check(row, cells, header ?? cells);
            header ??= Header(cells, row);
            yield return (row, row == 1 ? header : cells);
        }

        Fraction = 1;
    }

    private IEnumerable<(int Row, string?[] Cells)> XlsxRows(ReadBudget budget) =>
        new XlsxSheetReader(_limits, budget).Rows(new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16));

    private IEnumerable<(int Row, string?[] Cells)> CsvRows()
    {
        using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        var encoding = TextEncodingDetector.Detect(stream);
        using var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            BadDataFound = null, IgnoreBlankLines = true, MaxFieldSize = _limits.MaxCellChars,
        };
        using var parser = new CsvParser(reader, configuration);
        var row = 0;
        var length = Math.Max(1, stream.Length);
        while (Next(parser, row, encoding, _path))
        {
            row++;
            if (row > _limits.MaxRows)
            {
                throw new UnreadableFileException(row, ErrorText.TooManyRows(_limits.MaxRows));
            }

            if (parser.Count > _limits.MaxColumns)
            {
                throw new UnreadableFileException(row, ErrorText.TooManyColumns(_limits.MaxColumns));
            }

            yield return (row, Array.ConvertAll(parser.Record!, c => (string?)c));
            if ((row & 0x3FFF) == 0)
            {
                Fraction = (double)stream.Position / length;
            }
        }
    }

    private static bool Next(CsvParser parser, int row, Encoding encoding, string path)
    {
        try
        {
            return parser.Read();
        }
        catch (DecoderFallbackException e)
        {
            // The parser reads ahead, so the row it was on may lie before the fault: find the fault's own line.
            var at = Math.Max(row + 1, TextEncodingDetector.FaultRow(path, encoding));
            throw new UnreadableFileException(at, ErrorText.NotTextIn(at, encoding), e);
        }
        catch (MaxFieldSizeException e)
        {
            throw new UnreadableFileException(row + 1, ErrorText.CellTooLong((int)parser.Configuration.MaxFieldSize), e);
        }
        catch (CsvHelperException e)
        {
            throw new UnreadableFileException(row + 1, ErrorText.Unreadable($"row {row + 1} is not valid CSV"), e);
        }
    }

    /// <summary>Refuses control characters other than tab and line breaks, and U+FFFD: NUL and its kin are never stored.</summary>
    private static void Check(int row, string?[] cells, string?[] header)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (cells[i] is { } text && Domain.TextRules.HasForbiddenCharacter(text))
            {
                var column = i < header.Length && !string.IsNullOrEmpty(header[i]) ? header[i]! : ColumnName(i);
                throw new UnreadableFileException(row, ErrorText.ControlCharacter(row, column));
            }
        }
    }

    private static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>The header's names, lower-cased and trimmed; a name given twice refuses the file, since either column could be meant.</summary>
    private static string?[] Header(string?[] cells, int row)
    {
        var names = Array.ConvertAll(cells, c => (string?)(c ?? string.Empty).Trim().TrimStart('\uFEFF').ToLowerInvariant());
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            if (names[i] is { Length: > 0 } name && !seen.TryAdd(name, i))
            {
                throw new UnreadableFileException(row, ErrorText.DuplicateColumn(name, ColumnName(seen[name]), ColumnName(i)));
            }
        }

        return names;
    }

    private static bool IsZip(string path)
    {
        Span<byte> start = stackalloc byte[4];
        using var stream = File.OpenRead(path);
        return stream.Read(start) == 4 && start[0] == 0x50 && start[1] == 0x4B && start[2] == 3 && start[3] == 4;
    }
}
