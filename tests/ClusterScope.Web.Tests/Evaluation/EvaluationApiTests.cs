using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClusterScope.Web.Tests.Evaluation;

[Collection(WebTestGroup.Name)]
public sealed class EvaluationApiTests(TestApp app)
{
    private static Uri Url(string path) => new(path, UriKind.Relative);

    private static async Task<int> ClusterTemplateIdAsync(HttpClient client)
    {
        var frameworks = await client.GetFromJsonAsync<JsonElement>(Url("/api/v1/evaluation/frameworks"));
        return frameworks.EnumerateArray().First(f => f.GetProperty("code").GetString() == "cluster-development" && f.GetProperty("isBuiltIn").GetBoolean())
            .GetProperty("id").GetInt32();
    }

    [Fact]
    public async Task Runs_need_an_admin_and_a_stored_run_reruns_identically_and_exports_its_files()
    {
        using var anonymous = app.Client();
        var id = await ClusterTemplateIdAsync(anonymous);
        var refused = await anonymous.PostAsJsonAsync(Url("/api/v1/evaluation/runs"), new { frameworkId = id, year = 2017, replications = 100, seed = 3 });
        Assert.True(refused.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Redirect or HttpStatusCode.Forbidden, refused.StatusCode.ToString());

        using var admin = await app.AdminClientAsync();
        var created = await admin.PostAsJsonAsync(Url("/api/v1/evaluation/runs"), new { frameworkId = id, year = 2017, replications = 100, seed = 3, grouped = true });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var runId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync(Url($"/api/v1/evaluation/runs/{runId}/publish"), null)).StatusCode);

        var run = await anonymous.GetFromJsonAsync<JsonElement>(Url($"/api/v1/evaluation/runs/{runId}"));
        var units = run.GetProperty("results").GetProperty("units").EnumerateArray().ToArray();
        Assert.Contains(units, u => u.GetProperty("rank").ValueKind == JsonValueKind.Number && u.GetProperty("rankP95").ValueKind == JsonValueKind.Number);
        Assert.Contains(units, u => u.GetProperty("excludedReason").ValueKind == JsonValueKind.String);

        var rerun = await admin.PostAsync(Url($"/api/v1/evaluation/runs/{runId}/rerun"), null);
        var outcome = await rerun.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(outcome.GetProperty("identical").GetBoolean());
        Assert.Equal(run.GetProperty("contentHash").GetString(), outcome.GetProperty("recomputedHash").GetString());

        var sensitivity = await anonymous.GetFromJsonAsync<JsonElement>(Url($"/api/v1/evaluation/runs/{runId}/sensitivity"));
        var inputs = sensitivity.GetProperty("inputs").EnumerateArray().ToArray();
        Assert.True(inputs.Length >= 2, sensitivity.ToString());
        Assert.All(inputs, i => Assert.True(double.IsFinite(i.GetProperty("firstOrder").GetDouble()) && double.IsFinite(i.GetProperty("total").GetDouble()), i.ToString()));
        Assert.True(sensitivity.GetProperty("variance").GetDouble() > 0);
        Assert.All(inputs, i =>
        {
            var interval = i.GetProperty("firstOrderInterval");
            Assert.True(interval.GetProperty("low").GetDouble() <= interval.GetProperty("high").GetDouble(), i.ToString());
        });
        Assert.Equal(0.95, sensitivity.GetProperty("intervalLevel").GetDouble());
        var again = await anonymous.GetFromJsonAsync<JsonElement>(Url($"/api/v1/evaluation/runs/{runId}/sensitivity"));
        Assert.Equal(sensitivity.ToString(), again.ToString());
        var runPage = await anonymous.GetStringAsync(Url($"/evaluation/runs/{runId}"));
        Assert.Contains("id=\"sensitivity\"", runPage, StringComparison.Ordinal);
        Assert.Contains("svg class=\"sensitivity-bars\"", runPage, StringComparison.Ordinal);

        var data = await anonymous.GetStringAsync(Url($"/api/v1/evaluation/runs/{runId}/export/data.csv"));
        Assert.StartsWith("unit,indicator,value,provenance\n", data, StringComparison.Ordinal);
        Assert.Contains(",sample\n", data, StringComparison.Ordinal);
        var framework = await anonymous.GetStringAsync(Url($"/api/v1/evaluation/runs/{runId}/export/framework.json"));
        Assert.Contains("\"cluster-development\"", framework, StringComparison.Ordinal);
        var xlsx = await anonymous.GetAsync(Url($"/api/v1/evaluation/runs/{runId}/export/results.xlsx"));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), useHeaderRow: true, sheetName: "results")
            .Cast<IDictionary<string, object?>>().ToArray();
        Assert.Equal(units.Length, rows.Length);
        Assert.Equal(units[0].GetProperty("unit").GetString(), rows[0]["unit"]?.ToString());
        Assert.Equal(units.Select(u => u.GetProperty("provenance").GetString()), rows.Select(r => r["provenance"]?.ToString()));
        var report = await anonymous.GetStringAsync(Url($"/api/v1/evaluation/runs/{runId}/export/report.html"));
        var counts = run.GetProperty("results").GetProperty("provenance");
        Assert.Contains($"Based on {counts.GetProperty("sampleFigures").GetInt32()} sample figures of {counts.GetProperty("figures").GetInt32()}.", report, StringComparison.Ordinal);
        Assert.Contains("其中 " + counts.GetProperty("sampleFigures").GetInt32() + " 个为样本数据", report, StringComparison.Ordinal);
        Assert.Contains("id=\"run-provenance\"", runPage, StringComparison.Ordinal);
        var comparison = await anonymous.GetStringAsync(Url($"/evaluation/compare?a={runId}&b={runId}"));
        Assert.Contains("id=\"comparison\"", comparison, StringComparison.Ordinal);
        var profile = await anonymous.GetStringAsync(Url($"/evaluation/runs/{runId}/units/{units[0].GetProperty("unit").GetString()}"));
        Assert.Contains("id=\"unit-data\"", profile, StringComparison.Ordinal);
        var editor = await anonymous.GetAsync(Url($"/evaluation/frameworks/{id}/edit"));
        Assert.Equal(HttpStatusCode.Redirect, editor.StatusCode);
        Assert.Contains("/account/login", editor.Headers.Location!.ToString(), StringComparison.Ordinal);
        var missing = await anonymous.GetAsync(Url($"/api/v1/evaluation/runs/{runId}/export/nope.txt"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("data.csv", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_coverage_report_is_for_admins_and_analysts_and_names_bad_parameters()
    {
        using var anonymous = app.Client();
        var id = await ClusterTemplateIdAsync(anonymous);
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync(Url($"/api/v1/evaluation/coverage?frameworkId={id}&year=2017"))).StatusCode);
        using var admin = await app.AdminClientAsync();
        var coverage = await admin.GetFromJsonAsync<JsonElement>(Url($"/api/v1/evaluation/coverage?frameworkId={id}&year=2017"));
        var indicators = coverage.GetProperty("indicators").EnumerateArray().ToArray();
        Assert.Equal(12, indicators.Length);
        Assert.Contains(indicators, i => i.GetProperty("action").GetString() == "Drop" && i.GetProperty("treatment").GetProperty("zh").GetString()!.Length > 0);
        Assert.NotEmpty(coverage.GetProperty("excluded").EnumerateArray());
        var bad = await admin.GetAsync(Url($"/api/v1/evaluation/coverage?frameworkId={id}&year=1900"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("\"year\"", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unpublished_run_is_read_by_admins_and_analysts_only_until_an_admin_publishes_it()
    {
        using var admin = await app.AdminClientAsync();
        var id = await ClusterTemplateIdAsync(admin);
        var created = await admin.PostAsJsonAsync(Url("/api/v1/evaluation/runs"), new { frameworkId = id, year = 2016, replications = 50, seed = 11 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var runId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var suffix = Guid.NewGuid().ToString("N")[..6];
        await app.CreateUserAsync("pub-analyst-" + suffix, "analyst");
        await app.CreateUserAsync("pub-manager-" + suffix, "zone-manager", "22101001");
        await app.CreateUserAsync("pub-public-" + suffix, null);
        using var analyst = await app.ClientForAsync("pub-analyst-" + suffix);
        using var manager = await app.ClientForAsync("pub-manager-" + suffix);
        using var roleless = await app.ClientForAsync("pub-public-" + suffix);
        using var anonymous = app.Client();
        string[] reads = [$"/api/v1/evaluation/runs/{runId}", $"/api/v1/evaluation/runs/{runId}/export/data.csv", $"/evaluation/runs/{runId}"];

        async Task<bool> ListsAsync(HttpClient client) =>
            (await client.GetFromJsonAsync<JsonElement>(Url("/api/v1/evaluation/runs"))).EnumerateArray().Any(r => r.GetProperty("id").GetInt32() == runId);

        foreach (var client in new[] { admin, analyst })
        {
            Assert.True(await ListsAsync(client));
            foreach (var path in reads)
            {
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Url(path))).StatusCode);
            }
        }

        foreach (var client in new[] { manager, roleless, anonymous })
        {
            Assert.False(await ListsAsync(client));
            foreach (var path in reads)
            {
                Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Url(path))).StatusCode);
            }
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsync(Url($"/api/v1/evaluation/runs/{runId}/publish"), null)).StatusCode);
        var published = await admin.PostAsync(Url($"/api/v1/evaluation/runs/{runId}/publish"), null);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal("admin", (await published.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("publishedBy").GetString());
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync(Url($"/api/v1/evaluation/runs/{runId}/publish"), null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync(Url("/api/v1/evaluation/runs/999999/publish"), null)).StatusCode);
        foreach (var client in new[] { manager, roleless, anonymous })
        {
            Assert.True(await ListsAsync(client));
            foreach (var path in reads)
            {
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Url(path))).StatusCode);
            }
        }

        var page = await anonymous.GetStringAsync(Url($"/evaluation/runs/{runId}"));
        Assert.Contains("id=\"run-published\"", page, StringComparison.Ordinal);
        var audit = await admin.GetFromJsonAsync<JsonElement>(Url("/api/v1/audit?type=EvaluationPublication"));
        Assert.Contains(audit.GetProperty("items").EnumerateArray(), a => a.GetProperty("newValue").GetString()?.Contains($"RunId={runId}", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Bad_run_requests_and_bad_frameworks_are_refused_with_the_parameter_or_json_path()
    {
        using var admin = await app.AdminClientAsync();
        var bad = await admin.PostAsJsonAsync(Url("/api/v1/evaluation/runs"), new { frameworkId = 424242, year = 1900, replications = -5, seed = 1 });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["frameworkId", "replications", "year"], errors.EnumerateObject().Select(e => e.Name).Order());

        var id = await ClusterTemplateIdAsync(admin);
        var json = (await admin.GetFromJsonAsync<JsonElement>(Url($"/api/v1/evaluation/frameworks/{id}"))).GetProperty("json").GetString()!;
        var edited = JsonNode.Parse(json)!;
        edited["version"] = "api-edit";
        edited["indicators"]![0]!["weight"] = 0;
        var refused = await admin.PostAsync(Url("/api/v1/evaluation/frameworks"), new StringContent(edited.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("$.indicators[0].weight", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        edited["indicators"]![0]!["weight"] = 2;
        var saved = await admin.PostAsync(Url("/api/v1/evaluation/frameworks"), new StringContent(edited.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
    }
}
