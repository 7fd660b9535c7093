using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ClusterScope.Web.Tests.Api;

[Collection(WebTestGroup.Name)]
public sealed class RegistryEditApiTests(TestApp app)
{
    private static Uri Url(string path) => new(path, UriKind.Relative);

    private static async Task<JsonElement> ZoneAsync(HttpClient client, string code) =>
        (await client.GetFromJsonAsync<JsonElement>(Url($"/api/v1/zones/{code}"))).GetProperty("zone");

    [Fact]
    public async Task An_anonymous_edit_is_refused_with_401()
    {
        using var client = app.Client();
        var response = await client.PutAsJsonAsync(Url("/api/v1/zones/22101001"), new { nameZh = "x", nameEn = "x", version = 0 });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task An_admin_edit_saves_and_a_stale_one_gets_409()
    {
        using var client = await app.AdminClientAsync();
        var zone = await ZoneAsync(client, "22103001");
        var version = zone.GetProperty("version").GetInt32();
        var edit = new { nameZh = zone.GetProperty("nameZh").GetString(), nameEn = "Changchun High-tech Zone (API edit)", areaHectares = 1911.0, ecoIndustrialStatus = "National", version };

        var saved = await client.PutAsJsonAsync(Url("/api/v1/zones/22103001"), edit);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(version + 1, (await saved.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());
        Assert.Equal("Changchun High-tech Zone (API edit)", (await ZoneAsync(client, "22103001")).GetProperty("nameEn").GetString());

        var stale = await client.PutAsJsonAsync(Url("/api/v1/zones/22103001"), edit with { nameEn = "lost update" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("Changchun High-tech Zone (API edit)", (await ZoneAsync(client, "22103001")).GetProperty("nameEn").GetString());
    }

    [Fact]
    public async Task An_invalid_edit_names_the_field()
    {
        using var client = await app.AdminClientAsync();
        var cluster = (await client.GetFromJsonAsync<JsonElement>(Url("/api/v1/clusters?pageSize=1"))).GetProperty("items")[0];
        var response = await client.PutAsJsonAsync(Url($"/api/v1/clusters/{cluster.GetProperty("code").GetString()}"),
            new { nameZh = "", nameEn = "ok", version = cluster.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("nameZh", out _));
    }

    [Fact]
    public async Task Switching_language_to_an_unknown_culture_is_a_400_naming_it()
    {
        using var client = app.Client();
        var response = await client.GetAsync(Url("/language/fr?returnUrl=/"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'fr'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
