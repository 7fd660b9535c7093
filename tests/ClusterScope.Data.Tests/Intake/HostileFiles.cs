using System.Text;

namespace ClusterScope.Data.Tests.Intake;

/// <summary>The corpus of hostile files the readers must refuse within their limits, made afresh in a temporary folder.</summary>
public static class HostileFiles
{
    private const string SheetStart = """<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">""";
    private const string HeaderRow = """<row r="1"><c r="A1" t="inlineStr"><is><t>entity_kind</t></is></c><c r="B1" t="inlineStr"><is><t>value</t></is></c></row>""";

    /// <summary>1.6 KB that claims A1:XFD200000 and holds one cell, at row 200,000 of column XFD.</summary>
    public static string DimensionBomb(string column = "XFD") => ImportFiles.Package("dimension.xlsx", w => w.Write(
        $"""{SheetStart}<dimension ref="A1:XFD200000"/><sheetData>{HeaderRow}<row r="200000"><c r="{column}200000" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>"""));

    /// <summary>About 200 KB holding one inline-string cell of <paramref name="megabytes"/> MB.</summary>
    public static string HugeCell(int megabytes = 200) => ImportFiles.Package("bigcell.xlsx", w =>
    {
        w.Write($"""{SheetStart}<sheetData>{HeaderRow}<row r="2"><c r="A2" t="inlineStr"><is><t>""");
        var chunk = new string('A', 1 << 20);
        for (var i = 0; i < megabytes; i++)
        {
            w.Write(chunk);
        }

        w.Write("</t></is></c></row></sheetData></worksheet>");
    });

    /// <summary>A sheet padded with <paramref name="megabytes"/> MB of blanks between elements, which packs almost to nothing.</summary>
    public static string ZipBomb(int megabytes) => ImportFiles.Package("zipbomb.xlsx", w =>
    {
        w.Write($"{SheetStart}<sheetData>{HeaderRow}");
        var blanks = new string(' ', 1 << 20);
        for (var i = 0; i < megabytes; i++)
        {
            w.Write(blanks);
        }

        w.Write("</sheetData></worksheet>");
    });

    /// <summary>The "billion laughs": ten levels of entities, each ten of the one below.</summary>
    public static string BillionLaughs()
    {
        var dtd = new StringBuilder("<!DOCTYPE worksheet [<!ENTITY lol0 \"lol\">");
        for (var i = 1; i < 10; i++)
        {
            dtd.Append(System.Globalization.CultureInfo.InvariantCulture, $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        }

        dtd.Append("]>");
        return ImportFiles.Package("laughs.xlsx", w => w.Write(
            $"""<?xml version="1.0" encoding="UTF-8"?>{dtd}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{HeaderRow}<row r="2"><c r="A2" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>"""));
    }

    /// <summary>An external entity that would read a server file into a cell.</summary>
    public static string ExternalEntity() => ImportFiles.Package("xxe.xlsx", w => w.Write(
        $"""<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{HeaderRow}<row r="2"><c r="A2" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>"""));

    /// <summary>Formula cells: a command formula with a harmless cached value, and a text that looks like a formula.</summary>
    public static string Formulas() => ImportFiles.Package("formulas.xlsx", w => w.Write(
        $"""{SheetStart}<sheetData>{HeaderRow}<row r="2"><c r="A2" t="str"><f>cmd|' /C calc'!A0</f><v>Cluster</v></c><c r="B2" t="inlineStr"><is><t>=HYPERLINK("http://evil.example","x")</t></is></c></row></sheetData></worksheet>"""));

    /// <summary>A shared-string cell pointing past the end of the shared strings.</summary>
    public static string MissingSharedString() => ImportFiles.Package("shared.xlsx", w => w.Write(
        $"""{SheetStart}<sheetData>{HeaderRow}<row r="2"><c r="A2" t="s"><v>7</v></c></row></sheetData></worksheet>"""),
        ("xl/sharedStrings.xml", """<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>only</t></si></sst>"""));

    /// <summary>A file named .xlsx that is a zip cut in half.</summary>
    public static string TruncatedZip()
    {
        var good = ImportFiles.Xlsx("good.xlsx", [["entity_kind", "value"], ["Cluster", "1"]]);
        var bytes = File.ReadAllBytes(good);
        var path = Path.ChangeExtension(good, ".cut.xlsx");
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        return path;
    }

    /// <summary>A CSV whose text is Latin-1: "café naïve".</summary>
    public static string Latin1Csv() => ImportFiles.Csv("latin1.csv", "entity_kind,source\nCluster,café naïve\n", Encoding.Latin1);

    /// <summary>A CSV that is UTF-8 for its first <paramref name="rows"/> rows and GBK after them.</summary>
    public static string MixedEncodingCsv(int rows)
    {
        var path = ImportFiles.Csv("mixed.csv", string.Empty);
        using var file = File.Create(path);
        file.Write(Encoding.UTF8.GetBytes("entity_kind,source\n"));
        for (var i = 0; i < rows; i++)
        {
            file.Write(Encoding.UTF8.GetBytes("Cluster,吉林省统计局\n"));
        }

        file.Write(ImportFiles.Gbk.GetBytes("Cluster,吉林省统计局\n"));
        return path;
    }

    /// <summary>A CSV holding bytes that are not UTF-8 in any reading (0xFF) and not clean GB18030 either.</summary>
    public static string InvalidUtf8Csv() => Bytes("invalid.csv", [.. "entity_kind,source\nCluster,a"u8, 0xFF, 0x20, .. "b\n"u8]);

    /// <summary>A CSV with a NUL inside a cell.</summary>
    public static string NulCsv() => ImportFiles.Csv("nul.csv", "entity_kind,source\nCluster,a\0b\n");

    /// <summary>A CSV whose quote never closes, so one field runs to the end of a long file.</summary>
    public static string UnterminatedQuote(int characters) =>
        ImportFiles.Csv("quote.csv", "entity_kind,source\nCluster,\"" + new string('x', characters) + "\n");

    /// <summary>A CSV naming the same column twice.</summary>
    public static string DuplicateHeader() => ImportFiles.Csv("dup.csv", "entity_kind,value,Value\nCluster,1,2\n");

    private static string Bytes(string name, byte[] content)
    {
        var path = ImportFiles.Csv(name, string.Empty);
        File.WriteAllBytes(path, content);
        return path;
    }
}
