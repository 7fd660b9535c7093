using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ClusterScope.Web.Tests.Maps;

/// <summary>What the province map reads: zones as GeoJSON points inside Jilin, and figures per prefecture or county.</summary>
[Collection(WebTestGroup.Name)]
public sealed class MapApiTests(TestApp app)
{
    private async Task<JsonElement> GetJsonAsync(string path)
    {
        using var client = app.Client();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Zone_points_are_geojson_points_inside_the_province_with_both_names()
    {
        var points = await GetJsonAsync("/api/v1/zones/points");
        Assert.Equal("FeatureCollection", points.GetProperty("type").GetString());
        var features = points.GetProperty("features").EnumerateArray().ToList();
        Assert.InRange(features.Count, 55, 62);
        Assert.All(features, f =>
        {
            Assert.Equal("Point", f.GetProperty("geometry").GetProperty("type").GetString());
            var xy = f.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()).ToArray();
            Assert.InRange(xy[0], 121.6, 131.4);
            Assert.InRange(xy[1], 40.8, 46.4);
            Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("properties").GetProperty("name_zh").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("properties").GetProperty("name_en").GetString()));
        });
        Assert.Contains(features, f => f.GetProperty("properties").GetProperty("code").GetString() == "22101001");
    }

    [Fact]
    public async Task The_county_layer_has_sixty_counties_and_its_zone_counts_add_up_with_the_unplaced_ones()
    {
        var counties = await GetJsonAsync("/api/v1/regions/map?level=county");
        var regions = counties.GetProperty("regions").EnumerateArray().ToList();
        Assert.Equal(60, regions.Count);
        var placed = regions.Sum(r => r.GetProperty("zones").GetInt32());
        Assert.True(placed > 0);
        Assert.Equal(62, placed + counties.GetProperty("unplacedZones").GetInt32());
        var geometry = await GetJsonAsync("/api/v1/regions/geometry?level=county");
        Assert.Equal(60, geometry.GetProperty("features").GetArrayLength());
    }

    [Fact]
    public async Task The_prefecture_layer_counts_every_zone_and_names_units_and_provenance()
    {
        var map = await GetJsonAsync("/api/v1/regions/map?level=prefecture&year=2017");
        Assert.Equal(2017, map.GetProperty("year").GetInt32());
        Assert.Equal(9, map.GetProperty("regions").GetArrayLength());
        Assert.Equal(62, map.GetProperty("regions").EnumerateArray().Sum(r => r.GetProperty("zones").GetInt32()));
        Assert.Equal(0, map.GetProperty("unplacedZones").GetInt32());
        var output = map.GetProperty("metrics").GetProperty("output");
        Assert.Equal("100m CNY", output.GetProperty("unitEn").GetString());
        Assert.Equal("亿元", output.GetProperty("unitZh").GetString());
        Assert.Equal("sample", output.GetProperty("provenance").GetString());
        Assert.Equal("real", map.GetProperty("metrics").GetProperty("zones").GetProperty("provenance").GetString());
    }

    [Theory]
    [InlineData("/api/v1/regions/map?level=province", "level")]
    [InlineData("/api/v1/regions/map?level=planet", "level")]
    [InlineData("/api/v1/regions/map?year=soon", "year")]
    public async Task A_bad_map_parameter_is_refused_naming_it(string path, string parameter)
    {
        using var client = app.Client();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }
}
