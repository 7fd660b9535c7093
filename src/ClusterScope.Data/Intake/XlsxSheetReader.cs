using System.Globalization;
using System.Text;
using System.Xml;

namespace ClusterScope.Data.Intake;

/// <summary>Streams the rows of an XLSX file's first worksheet as text cells, one row in memory at a time.</summary>
/// <remarks>Written for hostile files: rows and columns come from the cells that exist, never from the sheet's
/// <c>dimension</c>, so a sheet that claims A1:XFD1048576 costs what its cells cost; every row, column and cell length is
/// checked against <see cref="IntakeLimits"/> as it is read, and text is read in chunks so one huge cell never sits in memory
/// whole. Formulas give their cached values; numbers in a date format read as yyyy-MM-dd (or ISO date-time when they have a
/// time); booleans as true/false; errors as Excel shows them (#DIV/0!); the cells of a merged range read as its first cell
/// (the ranges are listed after the cells, so the sheet is scanned for them first). Empty rows are left out.</remarks>
internal sealed partial class XlsxSheetReader(IntakeLimits limits, ReadBudget budget)
{
    // Shared strings are held for the whole read; this bounds them (2 bytes a character) whatever the part's size.
    private const long MaxSharedCharacters = 64L * 1024 * 1024;

    private const int MaxMergedRanges = 100_000;

    private readonly char[] _chunk = new char[4096];

    /// <summary>A merged range and the value of its first cell, once read.</summary>
    private sealed class Merge(int top, int left, int bottom, int right)
    {
        public int Top { get; } = top;
        public int Left { get; } = left;
        public int Bottom { get; } = bottom;
        public int Right { get; } = right;
        public string? Value { get; set; }
    }

    public IEnumerable<(int Row, string?[] Cells)> Rows(Stream file)
    {
        using var package = new XlsxPackage(file, limits);
        var (sheetPart, sharedPart, stylesPart) = Guard(package.Locate);
        var shared = Guard(() => SharedStrings(package.Open(sharedPart)));
        var dates = Guard(() => XlsxDateStyles.Read(package.Open(stylesPart), budget));
        // Most sheets merge nothing: a byte search saves them the second pass of the XML reader.
        var merges = Guard(() => package.Mentions(sheetPart, "mergeCell"u8) ? MergedRanges(OpenSheet(package, sheetPart)) : []);
        using var sheet = Guard(() => OpenSheet(package, sheetPart));
        var previous = 0;
        var cells = new List<string?>();
        var (nextMerge, activeMerges) = (0, new List<Merge>());
        while (true)
        {
            var row = Guard(() => NextRow(sheet, previous, cells, shared, dates));
            if (row == 0)
            {
                yield break;
            }

            previous = row;
            Fill(row, cells, merges, ref nextMerge, activeMerges);
            if (cells.Exists(c => c is not null))
            {
                yield return (row, [.. cells]);
            }
        }
    }

    private static XmlReader OpenSheet(XlsxPackage package, string part) =>
        package.Open(part) ?? throw new UnreadableFileException(0, ErrorText.Unreadable($"its worksheet '{ErrorText.Prefix(part)}' is missing"));

    private List<Merge> MergedRanges(XmlReader sheet)
    {
        var merges = new List<Merge>();
        using (sheet)
        {
            while (sheet.Read())
            {
                budget.Check(0);
                if (sheet.NodeType != XmlNodeType.Element || sheet.LocalName != "mergeCell")
                {
                    continue;
                }

                var range = (sheet.GetAttribute("ref") ?? string.Empty).Split(':');
                if (range.Length != 2 || merges.Count >= MaxMergedRanges)
                {
                    continue;
                }

                var (top, left) = (Row(range[0]), Column(range[0], 0));
                var (bottom, right) = (Row(range[1]), Column(range[1], 0));
                if (top > 0 && bottom >= top && right >= left)
                {
                    merges.Add(new Merge(top, left, Math.Min(bottom, limits.MaxRows), right));
                }
            }
        }

        merges.Sort((a, b) => a.Top.CompareTo(b.Top));
        return merges;
    }

    private static int Row(string reference) =>
        int.TryParse(reference.AsSpan(reference.AsSpan().IndexOfAnyInRange('0', '9') is var at and >= 0 ? at : reference.Length),
            NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : 0;

    /// <summary>Gives the covered cells of every merged range over <paramref name="row"/> the value of the range's first cell;
    /// <paramref name="merges"/> is sorted by top row, and the ranges that have begun are kept in <paramref name="active"/>.</summary>
    private static void Fill(int row, List<string?> cells, List<Merge> merges, ref int next, List<Merge> active)
    {
        while (next < merges.Count && merges[next].Top <= row)
        {
            active.Add(merges[next++]);
        }

        active.RemoveAll(m => m.Bottom < row);
        foreach (var merge in active)
        {
            if (row == merge.Top)
            {
                merge.Value = merge.Left < cells.Count ? cells[merge.Left] : null;
            }

            while (cells.Count <= merge.Right)
            {
                cells.Add(null);
            }

            for (var c = merge.Left; c <= merge.Right; c++)
            {
                cells[c] ??= merge.Value;
            }
        }
    }

    /// <summary>Reads the next <c>row</c> element into <paramref name="cells"/>; its number, or 0 at the end of the sheet.</summary>
    private int NextRow(XmlReader sheet, int previous, List<string?> cells, List<string> shared, HashSet<int> dates)
    {
        cells.Clear();
        while (sheet.Read())
        {
            budget.Check(previous);
            if (sheet.NodeType != XmlNodeType.Element || sheet.LocalName != "row")
            {
                continue;
            }

            var row = sheet.GetAttribute("r") is { } r ? Number(r, previous) : previous + 1;
            if (row <= previous)
            {
                throw new UnreadableFileException(row, ErrorText.Unreadable($"row {row} comes after row {previous}"));
            }

            if (row > limits.MaxRows)
            {
                throw new UnreadableFileException(row, ErrorText.TooManyRows(limits.MaxRows));
            }

            if (!sheet.IsEmptyElement)
            {
                ReadCells(sheet, row, cells, shared, dates);
            }

            return row;
        }

        return 0;
    }

    private void ReadCells(XmlReader sheet, int row, List<string?> cells, List<string> shared, HashSet<int> dates)
    {
        var depth = sheet.Depth;
        while (sheet.Read() && !(sheet.NodeType == XmlNodeType.EndElement && sheet.Depth == depth))
        {
            budget.Check(row);
            if (sheet.NodeType != XmlNodeType.Element || sheet.LocalName != "c")
            {
                continue;
            }

            var column = sheet.GetAttribute("r") is { } reference ? Column(reference, row) : cells.Count;
            if (column >= limits.MaxColumns)
            {
                throw new UnreadableFileException(row, ErrorText.TooManyColumns(limits.MaxColumns));
            }

            if (column < cells.Count)
            {
                throw new UnreadableFileException(row, ErrorText.Unreadable($"row {row} names a cell twice or out of order"));
            }

            var type = sheet.GetAttribute("t");
            var style = int.TryParse(sheet.GetAttribute("s"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0;
            var text = sheet.IsEmptyElement ? null : CellText(sheet, row);
            while (cells.Count < column)
            {
                cells.Add(null);
            }

            cells.Add(Value(text, type, dates.Contains(style), shared, row));
        }
    }

    /// <summary>The text of a cell's value (<c>v</c>) or inline string (<c>is</c>); the formula (<c>f</c>) and anything else
    /// is skipped. Leaves the reader on the cell's end.</summary>
    private string? CellText(XmlReader sheet, int row)
    {
        StringBuilder? text = null;
        var depth = sheet.Depth;
        sheet.Read();
        while (!sheet.EOF && !(sheet.NodeType == XmlNodeType.EndElement && sheet.Depth == depth))
        {
            if (sheet.NodeType != XmlNodeType.Element)
            {
                sheet.Read();
            }
            else if (sheet.LocalName is "v" or "is")
            {
                text ??= new StringBuilder();
                ReadText(sheet, text, row);
                sheet.Read();
            }
            else
            {
                sheet.Skip();
            }
        }

        return text is null ? null : Unescape(text.ToString());
    }

    /// <summary>Decodes the <c>_xHHHH_</c> escapes with which OOXML writes characters XML cannot hold (ECMA-376 Part 1,
    /// 22.9.2.19 ST_Xstring), so that a control character written that way is seen, and refused, like any other.</summary>
    private static string Unescape(string text) =>
        text.Contains("_x", StringComparison.Ordinal) ? OoxmlEscape().Replace(text, m => ((char)int.Parse(m.Groups[1].ValueSpan, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString()) : text;

    [System.Text.RegularExpressions.GeneratedRegex("_x([0-9A-Fa-f]{4})_")]
    private static partial System.Text.RegularExpressions.Regex OoxmlEscape();

    /// <summary>Appends the text of the element the reader is on and of its <c>t</c> descendants (rich-text runs), in
    /// chunks, refusing it past the cell limit; phonetic guides (<c>rPh</c>) are left out. Leaves the reader on its end.</summary>
    private void ReadText(XmlReader reader, StringBuilder text, int row)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }

        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "rPh")
            {
                reader.Skip();
                continue;
            }

            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                int read;
                while ((read = reader.ReadValueChunk(_chunk, 0, _chunk.Length)) > 0)
                {
                    budget.Check(row);
                    if (text.Length + read > limits.MaxCellChars)
                    {
                        throw new UnreadableFileException(row, ErrorText.CellTooLong(limits.MaxCellChars));
                    }

                    text.Append(_chunk, 0, read);
                }
            }

            reader.Read();
        }
    }

    private List<string> SharedStrings(XmlReader? part)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }

        using (part)
        {
            long characters = 0;
            var text = new StringBuilder();
            while (part.Read())
            {
                budget.Check(0);
                if (part.NodeType != XmlNodeType.Element || part.LocalName != "si")
                {
                    continue;
                }

                text.Clear();
                ReadText(part, text, 0);
                characters += text.Length;
                if (characters > MaxSharedCharacters)
                {
                    throw new UnreadableFileException(0, ErrorText.UnpacksTooBig(limits.MaxUnpackedBytes));
                }

                strings.Add(Unescape(text.ToString()));
            }
        }

        return strings;
    }

    private static string? Value(string? text, string? type, bool isDate, List<string> shared, int row)
    {
        if (text is null)
        {
            return null;
        }

        switch (type)
        {
            case "s":
                return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < shared.Count
                    ? shared[index]
                    : throw new UnreadableFileException(row, ErrorText.Unreadable($"row {row} refers to a shared text that the file does not have"));
            case "b":
                return text.Trim() == "1" ? "true" : "false";
            case "inlineStr" or "str" or "e" or "d":
                return text;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return text;
        }

        if (isDate && number is >= -657434 and < 2958466)
        {
            var date = DateTime.FromOADate(number);
            return date.TimeOfDay == TimeSpan.Zero
                ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : date.ToString("s", CultureInfo.InvariantCulture);
        }

        return number.ToString("R", CultureInfo.InvariantCulture);
    }

    private static int Number(string text, int previous) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new UnreadableFileException(previous + 1, ErrorText.Unreadable($"a row is numbered '{ErrorText.Prefix(text)}'"));

    /// <summary>The zero-based column of a reference such as <c>AB12</c>.</summary>
    private int Column(string reference, int row)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                column = (column * 26) + (c - 'A' + 1);
                if (column > limits.MaxColumns)
                {
                    throw new UnreadableFileException(row, ErrorText.TooManyColumns(limits.MaxColumns));
                }
            }
            else
            {
                break;
            }
        }

        return column == 0
            ? throw new UnreadableFileException(row, ErrorText.Unreadable($"a cell is named '{ErrorText.Prefix(reference)}'"))
            : column - 1;
    }

    // Anything the XML or zip layer throws becomes the one error type, with the row reached.
    private static T Guard<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase))
        {
            throw new UnreadableFileException(0, ErrorText.DtdRefused(), e);
        }
        catch (XmlException e)
        {
            throw new UnreadableFileException(0, ErrorText.Unreadable($"its XML is broken at line {e.LineNumber}, position {e.LinePosition}"), e);
        }
        catch (InvalidDataException e)
        {
            throw new UnreadableFileException(0, ErrorText.Unreadable("a part of it is damaged (zip)"), e);
        }
    }
}
