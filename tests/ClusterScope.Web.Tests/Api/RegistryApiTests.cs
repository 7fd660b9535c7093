using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ClusterScope.Web.Tests.Api;

[Collection(WebTestGroup.Name)]
public sealed class RegistryApiTests(TestApp app)
{
    private static Uri Url(string path) => new(path, UriKind.Relative);

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        using var client = app.Client();
        var response = await client.GetAsync(Url(path));
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task The_api_lists_all_62_zones()
    {
        var page = await GetJsonAsync("/api/v1/zones?pageSize=100");
        Assert.Equal(62, page.GetProperty("total").GetInt32());
        Assert.Equal(62, page.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Zones_are_filtered_sorted_and_paged()
    {
        var page = await GetJsonAsync("/api/v1/zones?prefecture=220100&sort=area&desc=true&pageSize=5&page=2");
        Assert.Equal(13, page.GetProperty("total").GetInt32());
        Assert.Equal(3, page.GetProperty("pageCount").GetInt32());
        var areas = page.GetProperty("items").EnumerateArray().Select(z => z.GetProperty("areaHectares").GetDouble()).ToList();
        Assert.Equal(areas.OrderByDescending(a => a), areas);
        Assert.All(page.GetProperty("items").EnumerateArray(), z => Assert.Equal("220100", z.GetProperty("prefectureCode").GetString()));
    }

    [Fact]
    public async Task Clusters_of_a_tier_in_2017_all_have_output_in_its_range()
    {
        var page = await GetJsonAsync("/api/v1/clusters?tier=Over10Bn&year=2017&pageSize=100");
        Assert.InRange(page.GetProperty("total").GetInt32(), 1, 60);
        Assert.All(page.GetProperty("items").EnumerateArray(), c => Assert.InRange(c.GetProperty("output").GetDouble(), 100, 1000));
    }

    [Theory]
    [InlineData("/api/v1/regions?level=prefecture", 9)]
    [InlineData("/api/v1/regions?level=County", 60)]
    [InlineData("/api/v1/enterprises?provenance=real&pageSize=100", 47)]
    [InlineData("/api/v1/observations?indicator=census_resident_population&pageSize=1", 69)]
    public async Task Listings_report_their_totals(string path, int total) =>
        Assert.Equal(total, (await GetJsonAsync(path)).GetProperty("total").GetInt32());

    [Theory]
    [InlineData("/api/v1/industries", 13)]
    [InlineData("/api/v1/belts", 4)]
    public async Task Reference_lists_are_complete(string path, int count) =>
        Assert.Equal(count, (await GetJsonAsync(path)).GetArrayLength());

    [Fact]
    public async Task A_zone_has_its_clusters_and_series()
    {
        var zone = await GetJsonAsync("/api/v1/zones/22101001");
        Assert.Equal("长春经济技术开发区", zone.GetProperty("zone").GetProperty("nameZh").GetString());
        Assert.True(zone.GetProperty("clusters").GetArrayLength() > 0);
        Assert.Equal(13, zone.GetProperty("output").GetArrayLength());
    }

    [Fact]
    public async Task The_prefecture_map_is_geojson_with_nine_features()
    {
        var geo = await GetJsonAsync("/api/v1/regions/geometry?level=Prefecture");
        Assert.Equal("FeatureCollection", geo.GetProperty("type").GetString());
        Assert.Equal(9, geo.GetProperty("features").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/v1/zones?page=0", "page")]
    [InlineData("/api/v1/zones?pageSize=5000", "pageSize")]
    [InlineData("/api/v1/zones?level=Mars", "level")]
    [InlineData("/api/v1/zones?sort=height", "sort")]
    [InlineData("/api/v1/zones?desc=maybe", "desc")]
    [InlineData("/api/v1/clusters?tier=Huge", "tier")]
    [InlineData("/api/v1/clusters?year=twenty", "year")]
    [InlineData("/api/v1/enterprises?leading=perhaps", "leading")]
    [InlineData("/api/v1/observations?entityKind=Planet", "entityKind")]
    [InlineData("/api/v1/regions?level=1", "level")]
    public async Task Bad_parameters_get_problem_details_naming_the_parameter(string path, string parameter)
    {
        using var client = app.Client();
        var response = await client.GetAsync(Url(path));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out var messages), $"errors do not name '{parameter}'");
        Assert.Contains(parameter, messages[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_zone_is_a_404_problem()
    {
        using var client = app.Client();
        var response = await client.GetAsync(Url("/api/v1/zones/NOPE"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("NOPE", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_registry_and_its_reference_page_renders()
    {
        var doc = await GetJsonAsync("/openapi/v1.json");
        var paths = doc.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/regions", "/api/v1/zones", "/api/v1/clusters", "/api/v1/enterprises", "/api/v1/industries", "/api/v1/belts", "/api/v1/observations" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} missing from the OpenAPI document");
        }

        using var client = app.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Url("/scalar/v1"))).StatusCode);
    }
}
