using ClusterScope.Data.Chains;

namespace ClusterScope.Data.Tests.Chains;

public sealed class ChainTemplateReaderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("chains-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private const string Valid = """
        {
          "code": "mini", "version": 1, "nameZh": "小链", "nameEn": "Mini chain", "categoryCodes": ["auto_parts"],
          "descriptionZh": "测试", "descriptionEn": "test",
          "sources": [ { "titleZh": "某规划", "titleEn": "A plan", "issuer": "Someone", "year": 2021, "note": "segments" } ],
          "segments": [
            { "code": "steel", "nameZh": "钢材", "nameEn": "Steel", "stage": "upstream", "industryCodes": ["3130"],
              "keywordsZh": ["钢"], "keywordsEn": ["steel"] },
            { "code": "vehicles", "nameZh": "整车", "nameEn": "Vehicles", "stage": "downstream", "industryCodes": ["3611"],
              "keywordsZh": ["整车"], "keywordsEn": ["vehicle"] }
          ],
          "links": [ { "from": "steel", "to": "vehicles", "kind": "assembles_into" } ]
        }
        """;

    private string Write(string name, string json)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void Every_shipped_template_loads_and_validates()
    {
        var chains = ChainTemplates.Shipped();
        Assert.Contains(chains, c => c.Code == "auto");
        Assert.All(chains, c => Assert.True(c.Segments.Count >= 3, c.Code));
    }

    [Fact]
    public void A_valid_file_reads_with_its_enums()
    {
        var chain = ChainTemplateReader.ReadFile(Write("mini.json", Valid), ChainTemplates.ShippedTaxonomy());
        Assert.Equal(Domain.Chains.LinkKind.AssemblesInto, Assert.Single(chain.Links).Kind);
        Assert.Equal(Domain.Chains.SegmentStage.Downstream, chain.Segments[1].Stage);
    }

    [Fact]
    public void An_unknown_member_is_refused_with_its_json_path()
    {
        var path = Write("mini.json", Valid.Replace("\"stage\": \"upstream\"", "\"stage\": \"upstream\", \"colour\": \"red\"", StringComparison.Ordinal));
        var error = Assert.Throws<InvalidDataException>(() => ChainTemplateReader.ReadFile(path, ChainTemplates.ShippedTaxonomy()));
        Assert.StartsWith($"{path}: $.segments[0].colour:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_code_and_a_file_name_that_differs_are_named()
    {
        var path = Write("other.json", Valid.Replace("\"3611\"", "\"3699\"", StringComparison.Ordinal));
        var error = Assert.Throws<InvalidDataException>(() => ChainTemplateReader.ReadFile(path, ChainTemplates.ShippedTaxonomy()));
        Assert.Contains("other.json: chain code 'mini' differs from the file name.", error.Message, StringComparison.Ordinal);
        Assert.Contains("other.json: segment 'vehicles': industry code 3699 is not in GB/T 4754-2017.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_link_kind_is_refused()
    {
        var path = Write("mini.json", Valid.Replace("assembles_into", "feeds", StringComparison.Ordinal));
        var error = Assert.Throws<InvalidDataException>(() => ChainTemplateReader.ReadFile(path, ChainTemplates.ShippedTaxonomy()));
        Assert.StartsWith($"{path}: $.links[0].kind:", error.Message, StringComparison.Ordinal);
    }
}
