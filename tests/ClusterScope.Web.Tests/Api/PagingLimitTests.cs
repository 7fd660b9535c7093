using System.Net;
using System.Text.Json;

namespace ClusterScope.Web.Tests.Api;

/// <summary>Pages past what an offset can count are refused with problem details naming the parameter, on both providers.</summary>
public abstract class PagingLimitTests(TestApp app)
{
    public static TheoryData<string> Listings => ["/api/v1/regions", "/api/v1/zones", "/api/v1/clusters", "/api/v1/enterprises", "/api/v1/observations", "/api/v1/audit"];

    [Theory]
    [MemberData(nameof(Listings))]
    public async Task The_last_int_page_is_a_400_naming_page(string listing)
    {
        var problem = await ProblemAsync(listing + "?page=2147483647");
        Assert.True(problem.GetProperty("errors").TryGetProperty("page", out _), problem.ToString());
    }

    [Theory]
    [MemberData(nameof(Listings))]
    public async Task A_page_times_page_size_past_the_int_range_is_a_400_naming_page(string listing)
    {
        var problem = await ProblemAsync(listing + "?page=3000000&pageSize=1000");
        Assert.True(problem.GetProperty("errors").TryGetProperty("page", out _), problem.ToString());
    }

    [Theory]
    [MemberData(nameof(Listings))]
    public async Task A_far_page_that_still_fits_is_an_empty_page(string listing)
    {
        using var client = await app.AdminClientAsync();
        var response = await client.GetAsync(new Uri(listing + "?page=2147483&pageSize=1000", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(0, page.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("/zones?page=2147483647")]
    [InlineData("/clusters?page=2147483647")]
    [InlineData("/admin/audit?page=2147483647")]
    [InlineData("/zones?page=99999999999")]
    [InlineData("/clusters?page=-2147483648")]
    public async Task List_pages_do_not_fail_on_a_huge_page(string path)
    {
        using var client = await app.AdminClientAsync();
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{path}: {(int)response.StatusCode}");
    }

    private async Task<JsonElement> ProblemAsync(string path)
    {
        using var client = await app.AdminClientAsync();
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{path}: {(int)response.StatusCode} {body}");
        Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        return JsonDocument.Parse(body).RootElement;
    }
}

public sealed class SqlitePagingLimitTests(TestApp app) : PagingLimitTests(app), IClassFixture<TestApp>;

public sealed class PostgresPagingLimitTests(PostgresTestApp app) : PagingLimitTests(app), IClassFixture<PostgresTestApp>;
