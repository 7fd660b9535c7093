using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MiniExcelLibs;

namespace ClusterScope.Web.Tests.Chains;

/// <summary>The chain API through the real host: map, gaps and export for anyone, candidates for staff, named errors.</summary>
[Collection(WebTestGroup.Name)]
public sealed class ChainApiTests(TestApp app)
{
    private static Uri Url(string path) => new(path, UriKind.Relative);

    [Fact]
    public async Task The_map_gaps_and_workbook_of_changchun_agree_and_are_public()
    {
        using var anyone = app.Client();
        var map = await anyone.GetFromJsonAsync<JsonElement>(Url("/api/v1/chains/auto/map?place=220100"));
        var segments = map.GetProperty("segments").EnumerateArray().ToList();
        Assert.Equal(13, segments.Count);
        Assert.Equal(("prefecture", "220100"), (map.GetProperty("place").GetProperty("level").GetString(), map.GetProperty("place").GetProperty("code").GetString()));
        Assert.Equal(1.0, segments.Sum(s => s.GetProperty("share").GetDouble()), 9);

        var gaps = await anyone.GetFromJsonAsync<JsonElement>(Url("/api/v1/chains/auto/gaps?place=220100"));
        var strong = segments.Where(s => s.GetProperty("status").GetString() == "strong").Select(s => s.GetProperty("code").GetString()).ToHashSet();
        var listed = gaps.GetProperty("gaps").EnumerateArray().Select(g => g.GetProperty("segment").GetString()).ToList();
        Assert.Equal(segments.Count - strong.Count, listed.Count);
        Assert.DoesNotContain(listed, strong.Contains);
        Assert.Equal("prefecture", gaps.GetProperty("comparison").GetProperty("level").GetString());

        var xlsx = await anyone.GetAsync(Url("/api/v1/chains/auto/map.xlsx?place=220100"));
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var rows = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "segments").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(segments.Select(s => s.GetProperty("code").GetString()), rows.Select(r => (string?)r["segment"]));

        Assert.Equal(HttpStatusCode.Unauthorized, (await anyone.GetAsync(Url("/api/v1/chains/auto/candidates?place=220100"))).StatusCode);
        using var admin = await app.AdminClientAsync();
        var ranked = await admin.GetFromJsonAsync<JsonElement>(Url("/api/v1/chains/auto/candidates?place=220100"));
        Assert.All(ranked.EnumerateArray(), r => Assert.Contains(r.GetProperty("segment").GetString(), listed));
    }

    [Fact]
    public async Task Unknown_chains_places_years_and_segments_are_named_in_both_languages()
    {
        using var admin = await app.AdminClientAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(Url("/api/v1/chains/cars/map?place=220100"))).StatusCode);
        await AssertFieldAsync(admin, "/api/v1/chains/auto/map", "place", "Give place");
        await AssertFieldAsync(admin, "/api/v1/chains/auto/gaps?place=999999", "place", "'999999' is not a cluster, zone, prefecture or province code.");
        await AssertFieldAsync(admin, "/api/v1/chains/auto/map?place=220100&year=twenty", "year", "year");
        await AssertFieldAsync(admin, "/api/v1/chains/auto/candidates?place=220100&segment=wheels", "segment", "'wheels' is not a segment of auto.");
        var put = await admin.PutAsJsonAsync(Url("/api/v1/enterprises/no-such/placements/auto"), new { segment = "chassis" });
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
    }

    private static async Task AssertFieldAsync(HttpClient client, string path, string field, string text)
    {
        var response = await client.GetAsync(Url(path));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(text, problem.GetProperty("errors").GetProperty(field)[0].GetString(), StringComparison.Ordinal);
        if (field != "year")
        {
            Assert.False(string.IsNullOrEmpty(problem.GetProperty("errorsZh").GetProperty(field)[0].GetString()));
        }
    }
}
