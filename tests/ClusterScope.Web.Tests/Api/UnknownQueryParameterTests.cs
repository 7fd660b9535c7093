using System.Net;
using System.Text.Json;

namespace ClusterScope.Web.Tests.Api;

/// <summary>A query parameter an API endpoint does not take is refused with 400 naming it, never silently ignored.</summary>
[Collection(WebTestGroup.Name)]
public sealed class UnknownQueryParameterTests(TestApp app)
{
    private async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string path)
    {
        using var client = await app.AdminClientAsync();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.StartsWith('{') ? JsonDocument.Parse(text).RootElement.Clone() : default);
    }

    [Fact]
    public async Task A_misspelt_filter_on_observations_is_a_400_naming_it_and_the_right_names()
    {
        var (status, body) = await GetAsync("/api/v1/observations?entityCode=22-CC-01");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(body.GetProperty("errors").TryGetProperty("entityCode", out _));
        var detail = body.GetProperty("detail").GetString()!;
        Assert.Contains("'entityCode'", detail, StringComparison.Ordinal);
        Assert.Contains("entity", detail.Replace("'entityCode'", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("未知查询参数", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/observations?indicator=cluster_output")]
    [InlineData("/api/v1/observations?INDICATOR=cluster_output")]
    [InlineData("/api/v1/zones?level=National&culture=zh-CN")]
    [InlineData("/api/v1/clusters?page=2&pageSize=10&sort=output&desc=true")]
    public async Task The_parameters_an_endpoint_takes_still_work(string path) =>
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(path)).Status);

    [Theory]
    [InlineData("/api/v1/regions?bogus=1")]
    [InlineData("/api/v1/zones?prefectur=220100")]
    [InlineData("/api/v1/zones/220101?code=x")]
    [InlineData("/api/v1/clusters?years=2024")]
    [InlineData("/api/v1/enterprises?zone=x&cluser=y")]
    [InlineData("/api/v1/dashboard?yr=2024")]
    [InlineData("/api/v1/plans?x=1")]
    [InlineData("/api/v1/analysis?measure=lq&foo=bar")]
    [InlineData("/api/v1/audit?who=admin&whom=x")]
    [InlineData("/api/v1/evaluation/runs?x=1")]
    public async Task Every_endpoint_refuses_a_parameter_it_does_not_take(string path)
    {
        var (status, body) = await GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("Unknown query parameter", body.GetProperty("title").GetString());
    }
}
