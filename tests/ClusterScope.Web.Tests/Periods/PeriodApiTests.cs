using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ClusterScope.Web.Tests.Periods;

/// <summary>With one real figure of 2025 among a complete sample 2024, every endpoint that shows a year still answers 2024 by
/// default and for <c>latest</c>, says 2025 is incomplete, and counts the sample figures behind its numbers.</summary>
public sealed class PeriodApiTests(PeriodApp app) : IClassFixture<PeriodApp>
{
    private async Task<JsonElement> GetJsonAsync(string path)
    {
        using var client = app.Client();
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Theory]
    [InlineData("/api/v1/dashboard")]
    [InlineData("/api/v1/dashboard?year=latest")]
    public async Task The_dashboard_defaults_to_the_last_complete_year_and_says_the_newer_one_is_incomplete(string path)
    {
        var dashboard = await GetJsonAsync(path);
        Assert.Equal(2024, dashboard.GetProperty("year").GetInt32());
        var period = dashboard.GetProperty("period");
        Assert.Equal(2024, period.GetProperty("default").GetInt32());
        var newest = period.GetProperty("periods")[0];
        Assert.Equal((2025, 1, false), (newest.GetProperty("year").GetInt32(), newest.GetProperty("reported").GetInt32(), newest.GetProperty("isComplete").GetBoolean()));
        var provenance = dashboard.GetProperty("outputProvenance");
        Assert.True(provenance.GetProperty("isSample").GetBoolean());
        Assert.Equal(provenance.GetProperty("figures").GetInt32(), provenance.GetProperty("sample").GetInt32());
        Assert.True(dashboard.GetProperty("clusterOutput").GetDouble() > 5_000);
    }

    [Fact]
    public async Task The_incomplete_year_asked_for_shows_its_one_real_figure_as_real()
    {
        var dashboard = await GetJsonAsync("/api/v1/dashboard?year=2025");
        Assert.Equal((2025, 2300.0), (dashboard.GetProperty("year").GetInt32(), dashboard.GetProperty("clusterOutput").GetDouble()));
        var provenance = dashboard.GetProperty("outputProvenance");
        Assert.Equal((0, 1, false), (provenance.GetProperty("sample").GetInt32(), provenance.GetProperty("figures").GetInt32(), provenance.GetProperty("isSample").GetBoolean()));
        var clusters = await GetJsonAsync($"/api/v1/clusters?year=2025&search={app.Cluster}");
        Assert.False(clusters.GetProperty("items")[0].GetProperty("figuresAreSample").GetBoolean());
    }

    [Fact]
    public async Task Clusters_belts_zones_and_plans_default_to_the_same_complete_year()
    {
        var clusters = await GetJsonAsync("/api/v1/clusters?year=latest&pageSize=1000");
        Assert.All(clusters.GetProperty("items").EnumerateArray(), c => Assert.Equal(2024, c.GetProperty("year").GetInt32()));
        Assert.All((await GetJsonAsync("/api/v1/belts/performance")).EnumerateArray(), b =>
        {
            Assert.Equal(2024, b.GetProperty("year").GetInt32());
            Assert.True(b.GetProperty("provenance").GetProperty("isSample").GetBoolean());
        });
        var zones = await GetJsonAsync("/api/v1/periods?kind=Zone");
        Assert.Equal(2024, zones.GetProperty("selected").GetInt32());

        const string Programme = "/api/v1/plans/jilin-clusters-2013";
        Assert.Equal(2017, (await GetJsonAsync(Programme + "/progress")).GetProperty("period").GetInt32());
        var latest = await GetJsonAsync(Programme + "/progress?period=latest");
        Assert.Equal((2024, 2025), (latest.GetProperty("period").GetInt32(), latest.GetProperty("latestYear").GetInt32()));
        var plans = await GetJsonAsync("/api/v1/plans");
        var programme = plans.EnumerateArray().Single(p => p.GetProperty("code").GetString() == "jilin-clusters-2013");
        Assert.Equal(2017, programme.GetProperty("opensOn").GetInt32());
        var statuses = programme.GetProperty("statuses");
        Assert.Equal(programme.GetProperty("targets").GetInt32(), statuses.EnumerateObject().Sum(s => s.Value.GetInt32()));
        Assert.Equal(0, statuses.GetProperty("OffTrack").GetInt32());
    }

    [Theory]
    [InlineData("/api/v1/dashboard?year=soon", "year")]
    [InlineData("/api/v1/clusters?year=1800", "year")]
    [InlineData("/api/v1/zones?year=x", "year")]
    [InlineData("/api/v1/periods?kind=Planet", "kind")]
    [InlineData("/api/v1/periods?kind=Region", "kind")]
    public async Task A_bad_year_or_kind_is_refused_naming_the_parameter(string path, string parameter)
    {
        using var client = app.Client();
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), await response.Content.ReadAsStringAsync());
    }
}
