using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ClusterScope.Web.Tests.Api;

/// <summary>The import history through the API and its page: who ran which file from where, the counts and the error report.</summary>
[Collection(WebTestGroup.Name)]
public sealed class ImportHistoryTests(TestApp app)
{
    private const string Header = "entity_kind,entity_code,indicator_code,period,value,status,provenance,source";

    private static Uri Url(string path) => new(path, UriKind.Relative);

    private static MultipartFormDataContent Upload(string name, string csv) => CsvUpload.Of(name, csv);

    [Fact]
    public async Task An_api_import_and_a_refused_one_are_listed_with_their_counts_and_the_refused_ones_errors_download()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        using var client = await app.AdminClientAsync();
        using (var good = Upload($"hist-good-{tag}.csv", $"{Header}\nZone,22101001,zone_industrial_output,2043-01,9.5,Reported,Real,api\n"))
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(Url("/api/v1/imports/observations"), good)).StatusCode);
        }

        using (var bad = Upload($"hist-bad-{tag}.csv", $"{Header}\nZone,22101001,zone_industrial_output,2043-02,-3,Reported,Real,api\n"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync(Url("/api/v1/imports/observations"), bad)).StatusCode);
        }

        using (var dry = Upload($"hist-dry-{tag}.csv", $"{Header}\nZone,22101001,zone_industrial_output,2043-03,1,Reported,Real,api\n"))
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsync(Url("/api/v1/imports/observations?dryRun=true"), dry)).StatusCode);
        }

        var page = await client.GetFromJsonAsync<JsonElement>(Url("/api/v1/imports/history?kind=observations&pageSize=1000"));
        var mine = page.GetProperty("items").EnumerateArray().Where(r => r.GetProperty("fileName").GetString()!.Contains(tag, StringComparison.Ordinal)).ToList();
        Assert.Equal([$"hist-bad-{tag}.csv", $"hist-good-{tag}.csv"], mine.Select(r => r.GetProperty("fileName").GetString()));
        var (refused, imported) = (mine[0], mine[1]);
        Assert.Equal("admin", imported.GetProperty("actor").GetString());
        Assert.Contains("/api/v1/imports/observations", imported.GetProperty("channel").GetString(), StringComparison.Ordinal);
        Assert.Equal((1, false), (imported.GetProperty("added").GetInt32(), imported.GetProperty("refused").GetBoolean()));
        Assert.Equal((true, 1), (refused.GetProperty("refused").GetBoolean(), refused.GetProperty("errorCount").GetInt32()));

        var errors = await client.GetAsync(Url($"/api/v1/imports/history/{refused.GetProperty("id").GetInt64()}/errors.csv"));
        Assert.Equal(HttpStatusCode.OK, errors.StatusCode);
        Assert.Contains("-3 is negative", await errors.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Url($"/api/v1/imports/history/{imported.GetProperty("id").GetInt64()}/errors.csv"))).StatusCode);

        var html = await client.GetStringAsync(Url("/imports/history"));
        Assert.Contains($"hist-bad-{tag}.csv", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/imports/history?handler=Errors&amp;id={refused.GetProperty("id").GetInt64()}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"hist-dry-{tag}.csv", html, StringComparison.Ordinal);
        var download = await client.GetAsync(Url($"/imports/history?handler=Errors&id={refused.GetProperty("id").GetInt64()}"));
        Assert.Contains("-3 is negative", await download.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_kind_is_a_400_naming_kind()
    {
        using var client = await app.AdminClientAsync();
        var response = await client.GetAsync(Url("/api/v1/imports/history?kind=planets"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("kind", out _));
    }
}
