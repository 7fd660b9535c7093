using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ClusterScope.Web.Tests.Api;

[Collection(WebTestGroup.Name)]
public sealed class PlanApiTests(TestApp app)
{
    private const string Programme = "/api/v1/plans/jilin-clusters-2013";

    private static Uri Url(string path) => new(path, UriKind.Relative);

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        using var client = app.Client();
        var response = await client.GetAsync(Url(path));
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Plans_are_listed_with_their_codes_and_targets()
    {
        var plans = await GetJsonAsync("/api/v1/plans");
        Assert.Contains(plans.EnumerateArray(), p => p.GetProperty("code").GetString() == "jilin-clusters-2013" && p.GetProperty("targets").GetInt32() >= 22);
        var plan = await GetJsonAsync(Programme);
        var total = plan.GetProperty("targets").EnumerateArray().First(t => t.GetProperty("code").GetString() == "clusters-total");
        Assert.Equal(("Count", "AtLeast", 162.0, 2017), (total.GetProperty("kind").GetString(), total.GetProperty("comparator").GetString(),
            total.GetProperty("value").GetDouble(), total.GetProperty("deadlineYear").GetInt32()));
    }

    [Fact]
    public async Task Progress_for_2017_and_for_the_latest_year()
    {
        var p2017 = await GetJsonAsync(Programme + "/progress?period=2017");
        Assert.Equal(2017, p2017.GetProperty("period").GetInt32());
        var rows = p2017.GetProperty("targets").EnumerateArray().ToList();
        var tier = rows.Single(r => r.GetProperty("target").GetProperty("code").GetString() == "tier-over100bn");
        Assert.Contains(tier.GetProperty("status").GetString(), new[] { "Achieved", "NotAchieved" });
        Assert.Equal(8 - tier.GetProperty("current").GetDouble(), tier.GetProperty("gap").GetDouble());
        var share = rows.Single(r => r.GetProperty("target").GetProperty("code").GetString() == "output-share");
        Assert.Equal("NoData", share.GetProperty("status").GetString());

        var latest = await GetJsonAsync(Programme + "/progress?period=latest&method=CompoundGrowth&atRisk=0.8");
        Assert.Equal(latest.GetProperty("latestYear").GetInt32(), latest.GetProperty("period").GetInt32());
        Assert.Equal("CompoundGrowth", latest.GetProperty("rule").GetProperty("method").GetString());
    }

    [Fact]
    public async Task Findings_flag_160_against_162()
    {
        var findings = await GetJsonAsync(Programme + "/findings");
        var parts = findings.EnumerateArray().Single(f => f.GetProperty("kind").GetString() == "PartsVersusWhole");
        Assert.Equal((162.0, 160.0), (parts.GetProperty("expected").GetDouble(), parts.GetProperty("actual").GetDouble()));
        Assert.Contains("160", parts.GetProperty("messageZh").GetString(), StringComparison.Ordinal);
        Assert.Contains("合计", parts.GetProperty("messageZh").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_plan_page_states_its_findings_in_the_chosen_language()
    {
        using var client = app.Client();
        var html = await client.GetStringAsync(Url("/plans/jilin-clusters-2013?culture=zh-CN&ui-culture=zh-CN"));
        Assert.Contains("分项目标合计 160", html, StringComparison.Ordinal);
        Assert.DoesNotContain("targets add up to", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Target_entities_are_the_clusters_behind_the_number()
    {
        var plan = await GetJsonAsync(Programme);
        var id = plan.GetProperty("targets").EnumerateArray().First(t => t.GetProperty("code").GetString() == "tier-over100bn").GetProperty("id").GetInt32();
        var result = await GetJsonAsync($"{Programme}/targets/{id}/entities?period=2017");
        var entities = result.GetProperty("entities").EnumerateArray().ToList();
        Assert.Equal(result.GetProperty("progress").GetProperty("current").GetDouble(), entities.Count);
        Assert.All(entities, e => Assert.True(e.GetProperty("value").GetDouble() >= 1000));
    }

    [Theory]
    [InlineData(Programme + "/progress?period=twenty", "period")]
    [InlineData(Programme + "/progress?period=1800", "period")]
    [InlineData(Programme + "/progress?method=Quadratic", "method")]
    [InlineData(Programme + "/progress?atRisk=2", "atRisk")]
    [InlineData(Programme + "/targets/1/entities?period=x", "period")]
    public async Task Bad_parameters_get_problem_details_naming_the_parameter(string path, string parameter)
    {
        using var client = app.Client();
        var response = await client.GetAsync(Url(path));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), $"errors do not name '{parameter}'");
    }

    [Theory]
    [InlineData("/api/v1/plans/no-such-plan")]
    [InlineData("/api/v1/plans/no-such-plan/progress")]
    [InlineData("/api/v1/plans/no-such-plan/findings")]
    [InlineData(Programme + "/targets/999999/entities")]
    public async Task Unknown_plans_and_targets_are_404_problems(string path)
    {
        using var client = app.Client();
        var response = await client.GetAsync(Url(path));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Admins_create_plans_and_targets_with_validation_others_are_refused()
    {
        using var anonymous = app.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync(Url("/api/v1/plans"), new { code = "x" })).StatusCode);

        using var client = await app.AdminClientAsync();
        var code = "api-" + Guid.NewGuid().ToString("N")[..8];
        var created = await client.PostAsJsonAsync(Url("/api/v1/plans"), new
        {
            code, nameEn = "API plan", nameZh = "接口规划", issuer = "Tester", periodStart = 2020, periodEnd = 2025, scopeRegionCode = "220000", version = 0,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var version = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32();

        var target = new
        {
            code = "clusters", nameEn = "Clusters", nameZh = "集群", kind = "Count", comparator = "AtLeast", value = 200.0, unit = "clusters",
            deadlineYear = 2030, indicator = "cluster_output", condition = "tier>=Over2Bn", sortOrder = 1, planVersion = version,
        };
        var invalid = await client.PostAsJsonAsync(Url($"/api/v1/plans/{code}/targets"), target with { condition = "tier=Giant" });
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.True((await invalid.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("condition", out _));

        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync(Url($"/api/v1/plans/{code}/targets"), target)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsJsonAsync(Url($"/api/v1/plans/{code}/targets"), target with { code = "again" })).StatusCode);
        var findings = await GetJsonAsync($"/api/v1/plans/{code}/findings");
        Assert.Contains(findings.EnumerateArray(), f => f.GetProperty("kind").GetString() == "DeadlineOutsidePeriod");
    }
}
