using System.IO.Compression;
using System.Xml.Linq;
using ClusterScope.Data.Analysis;
using ClusterScope.Web.Features.Analysis;

namespace ClusterScope.Web.Tests.Analysis;

/// <summary>The XLSX download keeps typed cells: numbers as numbers, formula-like text as text, never as a formula.</summary>
public sealed class AnalysisXlsxTests
{
    private static readonly XNamespace Sheet = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    [Fact]
    public void Formula_text_is_a_string_cell_and_a_negative_number_a_number_cell()
    {
        var table = new AnalysisTable(["region", "effect"]);
        table.Add("=HYPERLINK(\"http://evil.example\")", -1.5);

        var cells = Cells(AnalysisExport.ToXlsx(table));

        Assert.Empty(cells.Descendants(Sheet + "f"));
        var text = cells.Single(c => (string?)c.Attribute("r") == "A2");
        Assert.Contains((string?)text.Attribute("t"), new[] { "str", "inlineStr", "s" });
        var number = cells.Single(c => (string?)c.Attribute("r") == "B2");
        Assert.True(number.Attribute("t") is null || (string?)number.Attribute("t") == "n", number.ToString());
        Assert.Equal("-1.5", number.Element(Sheet + "v")?.Value);
    }

    private static List<XElement> Cells(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        var entry = zip.Entries.First(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal));
        using var stream = entry.Open();
        return XDocument.Load(stream).Descendants(Sheet + "c").ToList();
    }
}
