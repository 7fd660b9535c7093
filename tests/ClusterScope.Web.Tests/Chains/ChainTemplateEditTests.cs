using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ClusterScope.Web.Tests.Chains;

/// <summary>Admins edit chain templates as new versions through the API and the editor page; others may not.</summary>
[Collection(WebTestGroup.Name)]
public sealed class ChainTemplateEditTests(TestApp app)
{
    private static Uri Url(string path) => new(path, UriKind.Relative);

    private static string Template(int version, string nameEn) => $$"""
        { "code": "ice-snow", "version": {{version}}, "nameZh": "冰雪装备链", "nameEn": "{{nameEn}}", "categoryCodes": [], "sources": [],
          "segments": [
            { "code": "steel", "nameZh": "钢材", "nameEn": "Steel", "stage": "upstream", "industryCodes": ["3130"], "keywordsZh": ["钢"], "keywordsEn": ["steel"] },
            { "code": "gear", "nameZh": "冰雪装备", "nameEn": "Ice and snow gear", "stage": "downstream", "industryCodes": ["2444"],
              "keywordsZh": ["滑雪"], "keywordsEn": ["ski"] } ],
          "links": [ { "from": "steel", "to": "gear", "kind": "supplies" } ] }
        """;

    private static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task An_admin_adds_a_chain_over_the_api_and_edits_it_on_the_page_as_a_new_version()
    {
        using var anyone = app.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anyone.PutAsync(Url("/api/v1/chains/ice-snow"), Body(Template(1, "Ice and snow")))).StatusCode);

        using var admin = await app.AdminClientAsync();
        var created = await admin.PutAsync(Url("/api/v1/chains/ice-snow"), Body(Template(1, "Ice and snow")));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var list = await anyone.GetFromJsonAsync<JsonElement>(Url("/api/v1/chains"));
        Assert.Contains(list.EnumerateArray(), c => c.GetProperty("code").GetString() == "ice-snow" && c.GetProperty("version").GetInt32() == 1);

        var again = await admin.PutAsync(Url("/api/v1/chains/ice-snow"), Body(Template(1, "Ice and snow again")));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        var problem = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("not above the version in use (1)", problem.GetProperty("errors").GetProperty("version")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("不高于现行版本", problem.GetProperty("errorsZh").GetProperty("version")[0].GetString(), StringComparison.Ordinal);

        var page = await admin.GetStringAsync(Url("/chains/ice-snow/edit?culture=zh-CN&ui-culture=zh-CN"));
        Assert.Contains("编辑产业链模板", page, StringComparison.Ordinal);
        Assert.Contains("&quot;code&quot;: &quot;ice-snow&quot;", page, StringComparison.Ordinal);
        var token = Authorisation.Matrix.Token(page);

        var bad = await admin.PostAsync(Url("/chains/ice-snow/edit?culture=zh-CN&ui-culture=zh-CN"), Form(token, Template(2, "Ice and snow").Replace("\"2444\"", "\"2499\"", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var shown = await bad.Content.ReadAsStringAsync();
        Assert.Contains("id=\"chain-errors\"", shown, StringComparison.Ordinal);
        Assert.Contains("不在 GB/T 4754-2017 中", shown, StringComparison.Ordinal);
        Assert.Contains("2499", shown, StringComparison.Ordinal);

        var saved = await admin.PostAsync(Url("/chains/ice-snow/edit"), Form(token, Template(2, "Ice and snow equipment")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var chain = await anyone.GetFromJsonAsync<JsonElement>(Url("/api/v1/chains/ice-snow"));
        Assert.Equal(("Ice and snow equipment", 2), (chain.GetProperty("nameEn").GetString(), chain.GetProperty("version").GetInt32()));
        var versions = await anyone.GetFromJsonAsync<JsonElement>(Url("/api/v1/chains/ice-snow/versions"));
        Assert.Equal([2, 1], versions.EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));
        Assert.All(versions.EnumerateArray(), v => Assert.Equal("admin", v.GetProperty("createdBy").GetString()));
        Assert.Contains("id=\"edit-ice-snow\"", await admin.GetStringAsync(Url("/chains")), StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"edit-ice-snow\"", await anyone.GetStringAsync(Url("/chains")), StringComparison.Ordinal);
    }

    private static FormUrlEncodedContent Form(string token, string json) =>
        new(new Dictionary<string, string> { ["Json"] = json, ["__RequestVerificationToken"] = token });
}
