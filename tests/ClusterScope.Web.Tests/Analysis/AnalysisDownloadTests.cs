using System.IO.Compression;
using System.Net;
using System.Xml.Linq;

namespace ClusterScope.Web.Tests.Analysis;

/// <summary>The analysis downloads carry region codes beside names, sector names instead of codes, and say what they hold.</summary>
[Collection(WebTestGroup.Name)]
public sealed class AnalysisDownloadTests(TestApp app)
{
    private static readonly XNamespace Sheet = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private async Task<byte[]> DownloadAsync(string path)
    {
        using var client = app.Client();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Fact]
    public async Task The_census_csv_has_county_codes_and_sector_names()
    {
        var csv = System.Text.Encoding.UTF8.GetString(await DownloadAsync("/api/v1/analysis?dataset=census-employment&measure=lq&format=csv"));
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("region_code,region,industry_code,industry,lq,provenance", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("220102,Nanguan District,C_manufacturing,Manufacturing,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("220102,Nanguan District,A_agriculture_forestry_fishing,\"Agriculture, forestry, animal husbandry and fishery\",", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_xlsx_has_a_metadata_sheet_with_measure_options_period_source_and_provenance()
    {
        var xlsx = await DownloadAsync("/api/v1/analysis?dataset=cluster-output-prefectures&measure=hhi&year=2017&variant=normalised&format=xlsx");
        var sheets = Sheets(xlsx);
        Assert.Equal(["result", "metadata"], sheets.Keys);
        var metadata = sheets["metadata"].Skip(1).ToDictionary(r => r[0], r => r.ElementAtOrDefault(1) ?? "");
        Assert.Equal("hhi", metadata["measure"]);
        Assert.Equal("Herfindahl-Hirschman index", metadata["measure_name"]);
        Assert.Equal("normalised", metadata["variant"]);
        Assert.Equal("2017", metadata["period"]);
        Assert.Equal("cluster-output-prefectures", metadata["dataset"]);
        Assert.Equal("sample", metadata["provenance"]);
        Assert.Contains("generated sample", metadata["data_source"], StringComparison.Ordinal);
        Assert.Equal(["region_code", "region", "hhi", "provenance"], sheets["result"][0]);
        Assert.Contains(sheets["result"], r => r[0] == "220100" && r[1] == "Changchun City");
    }

    /// <summary>Each sheet's rows as text, read from the package's XML (shared and inline strings resolved).</summary>
    private static Dictionary<string, List<List<string>>> Sheets(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        XDocument Load(string name) { using var s = zip.GetEntry(name)!.Open(); return XDocument.Load(s); }
        var shared = zip.GetEntry("xl/sharedStrings.xml") is null ? [] : Load("xl/sharedStrings.xml").Descendants(Sheet + "si").Select(si => string.Concat(si.Descendants(Sheet + "t").Select(t => t.Value))).ToList();
        XNamespace rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        var targets = Load("xl/_rels/workbook.xml.rels").Root!.Elements().ToDictionary(e => (string)e.Attribute("Id")!, e => ((string)e.Attribute("Target")!).TrimStart('/'));
        return Load("xl/workbook.xml").Descendants(Sheet + "sheet").ToDictionary(
            s => (string)s.Attribute("name")!,
            s =>
            {
                var target = targets[(string)s.Attribute(rel + "id")!];
                var path = target.StartsWith("xl/", StringComparison.Ordinal) ? target : "xl/" + target;
                return Load(path).Descendants(Sheet + "row").Select(r => r.Elements(Sheet + "c").Select(c => (string?)c.Attribute("t") switch
                {
                    "s" => shared[int.Parse(c.Element(Sheet + "v")!.Value, System.Globalization.CultureInfo.InvariantCulture)],
                    "inlineStr" => string.Concat(c.Descendants(Sheet + "t").Select(t => t.Value)),
                    _ => c.Element(Sheet + "v")?.Value ?? "",
                }).ToList()).ToList();
            });
    }
}
