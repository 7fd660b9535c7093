using System.Net;
using System.Text.Json;
using System.Xml.Linq;

namespace ClusterScope.Web.Tests.Library;

/// <summary>The policy library's API, page answers and Atom feed, without a browser.</summary>
[Collection(WebTestGroup.Name)]
public sealed class LibraryApiTests(TestApp app)
{
    private static Uri Url(string path) => new(path, UriKind.Relative);

    [Fact]
    public async Task A_chinese_search_finds_the_cluster_project_with_a_marked_chinese_snippet()
    {
        using var client = app.Client();
        using var json = JsonDocument.Parse(await client.GetStringAsync(Url("/api/v1/library/search?q=" + Uri.EscapeDataString("产业集群") + "&lang=zh")));
        var hits = json.RootElement.EnumerateArray().ToList();
        var hit = hits.Single(h => h.GetProperty("code").GetString() == "jl-2013-clusters");
        Assert.Contains("<mark>", hit.GetProperty("snippet").GetString(), StringComparison.Ordinal);
        Assert.Contains("集群", hit.GetProperty("snippet").GetString()!.Replace("<mark>", "", StringComparison.Ordinal).Replace("</mark>", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal("2013-05-28", hit.GetProperty("issued").GetString());
    }

    [Fact]
    public async Task Bad_parameters_are_problem_details_naming_each()
    {
        using var client = app.Client();
        var response = await client.GetAsync(Url("/api/v1/library/search?q=x&level=city&from=2013/01/01&sort=size"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = json.RootElement.GetProperty("errors");
        Assert.Contains("level must be one of national, provincial, prefecture, zone; got 'city'", errors.GetProperty("level")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("from must be a date yyyy-MM-dd", errors.GetProperty("from")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("sort must be relevance or date", errors.GetProperty("sort")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Url("/api/v1/library/documents/no-such-doc"))).StatusCode);
    }

    [Fact]
    public async Task A_document_has_its_facts_and_links_and_its_page_links_the_plan()
    {
        using var client = app.Client();
        using var json = JsonDocument.Parse(await client.GetStringAsync(Url("/api/v1/library/documents/sc-2009-33")));
        Assert.Equal("国发〔2009〕33号", json.RootElement.GetProperty("documentNumber").GetString());
        var html = await client.GetStringAsync(Url("/library/jl-2013-clusters?culture=zh-CN&ui-culture=zh-CN"));
        Assert.Contains("href=\"/plans/jilin-clusters-2013\"", html, StringComparison.Ordinal);
        Assert.Contains("发布日期", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Url("/library/no-such-doc"))).StatusCode);
    }

    [Fact]
    public async Task The_page_shows_bilingual_errors_for_a_bad_filter()
    {
        using var client = app.Client();
        var html = await client.GetStringAsync(Url("/library?q=x&from=yesterday&culture=zh-CN&ui-culture=zh-CN"));
        Assert.Contains("须为 yyyy-MM-dd 格式的日期", html, StringComparison.Ordinal);
        var english = await client.GetStringAsync(Url("/library?q=x&from=yesterday"));
        Assert.Contains("from must be a date yyyy-MM-dd; got &#x27;yesterday&#x27;", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_atom_feed_lists_the_documents_and_filters_by_topic()
    {
        using var client = app.Client();
        var response = await client.GetAsync(Url("/library/feed.atom"));
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.True(feed.Root!.Elements(atom + "entry").Count() >= 7);
        Assert.All(feed.Root.Elements(atom + "entry"), e => Assert.NotNull(e.Element(atom + "updated")));
        var topic = XDocument.Parse(await client.GetStringAsync(Url("/library/feed.atom?topic=" + Uri.EscapeDataString("industrial clusters"))));
        var entry = Assert.Single(topic.Root!.Elements(atom + "entry"));
        Assert.EndsWith("/library/jl-2013-clusters", entry.Element(atom + "id")!.Value, StringComparison.Ordinal);
    }
}
