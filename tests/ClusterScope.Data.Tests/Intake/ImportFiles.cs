using System.IO.Compression;
using System.Text;

namespace ClusterScope.Data.Tests.Intake;

/// <summary>Builds import files in a temporary folder: CSV in a chosen encoding, and a hand-made XLSX with a formula and merged cells.</summary>
public static class ImportFiles
{
    static ImportFiles() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Csv(string name, string content, Encoding? encoding = null)
    {
        var path = Path.Combine(Path.GetTempPath(), $"cs-import-{Guid.NewGuid():N}", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, encoding ?? new UTF8Encoding(false));
        return path;
    }

    public static Encoding Gbk => Encoding.GetEncoding("GBK");

    /// <summary>A one-sheet workbook; a cell starting with '=' is a formula whose cached value follows '|' (e.g. "=E3*2|42").</summary>
    public static string Xlsx(string name, string[][] rows, params string[] mergedRanges)
    {
        var sheet = new StringBuilder("""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""");
        for (var r = 0; r < rows.Length; r++)
        {
            sheet.Append(System.Globalization.CultureInfo.InvariantCulture, $"<row r=\"{r + 1}\">");
            for (var c = 0; c < rows[r].Length; c++)
            {
                var reference = $"{(char)('A' + c)}{r + 1}";
                var cell = rows[r][c];
                if (cell.Length == 0)
                {
                    // Excel writes the covered cells of a merged range as empty, styled cells.
                    sheet.Append(System.Globalization.CultureInfo.InvariantCulture, $"<c r=\"{reference}\"/>");
                    continue;
                }

                if (cell.StartsWith('='))
                {
                    var parts = cell[1..].Split('|');
                    sheet.Append(System.Globalization.CultureInfo.InvariantCulture, $"<c r=\"{reference}\"><f>{parts[0]}</f><v>{parts[1]}</v></c>");
                }
                else if (double.TryParse(cell, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _))
                {
                    sheet.Append(System.Globalization.CultureInfo.InvariantCulture, $"<c r=\"{reference}\"><v>{cell}</v></c>");
                }
                else
                {
                    sheet.Append(System.Globalization.CultureInfo.InvariantCulture, $"<c r=\"{reference}\" t=\"inlineStr\"><is><t>{System.Security.SecurityElement.Escape(cell)}</t></is></c>");
                }
            }

            sheet.Append("</row>");
        }

        sheet.Append("</sheetData>");
        if (mergedRanges.Length > 0)
        {
            sheet.Append(System.Globalization.CultureInfo.InvariantCulture, $"<mergeCells count=\"{mergedRanges.Length}\">");
            foreach (var range in mergedRanges)
            {
                sheet.Append(System.Globalization.CultureInfo.InvariantCulture, $"<mergeCell ref=\"{range}\"/>");
            }

            sheet.Append("</mergeCells>");
        }

        sheet.Append("</worksheet>");
        return Package(name, w => w.Write(sheet.ToString()));
    }

    /// <summary>A workbook of one sheet whose XML <paramref name="writeSheet"/> writes (streamed, so it may be huge), with
    /// <paramref name="extraParts"/> (name, XML) beside it, such as xl/sharedStrings.xml or xl/styles.xml.</summary>
    public static string Package(string name, Action<TextWriter> writeSheet, params (string Name, string Xml)[] extraParts)
    {
        var path = Csv(name, string.Empty);
        File.Delete(path);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Entry(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
        Entry(zip, "_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Entry(zip, "xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""");
        Entry(zip, "xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>""");
        foreach (var (part, xml) in extraParts)
        {
            Entry(zip, part, xml);
        }

        using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false));
        writeSheet(writer);
        return path;
    }

    private static void Entry(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }
}
