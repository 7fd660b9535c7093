using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Web.Tests.Users;

/// <summary>The audit search API, its CSV, and the record history panel.</summary>
[Collection(WebTestGroup.Name)]
public sealed class AuditSearchTests(TestApp app)
{
    private static Uri Url(string path) => new(path, UriKind.Relative);

    /// <summary>Renames the cluster on <paramref name="page"/> of the clusters by code, last first; returns its code.</summary>
    private static async Task<string> EditClusterAsync(HttpClient admin, string nameEn = "Audited, \"quoted\" name", int page = 1)
    {
        var cluster = (await admin.GetFromJsonAsync<JsonElement>(Url($"/api/v1/clusters?pageSize=1&page={page}&sort=code&desc=true"))).GetProperty("items")[0];
        var code = cluster.GetProperty("code").GetString()!;
        var detail = (await admin.GetFromJsonAsync<JsonElement>(Url($"/api/v1/clusters/{code}"))).GetProperty("cluster");
        var saved = await admin.PutAsJsonAsync(Url($"/api/v1/clusters/{code}"), new
        {
            nameZh = detail.GetProperty("nameZh").GetString(), nameEn, version = detail.GetProperty("version").GetInt32(),
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        return code;
    }

    [Fact]
    public async Task A_change_is_found_by_type_key_field_actor_origin_and_date_and_appears_in_the_CSV()
    {
        using var admin = await app.AdminClientAsync();
        var code = await EditClusterAsync(admin);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var found = await admin.GetFromJsonAsync<JsonElement>(
            Url($"/api/v1/audit?type=Cluster&key={code}&field=NameEn&actor=adm&origin=PUT&from={today}&to={today}"));
        var entry = found.GetProperty("items").EnumerateArray().First();
        Assert.Equal("Audited, \"quoted\" name", entry.GetProperty("newValue").GetString());
        Assert.StartsWith("api PUT /api/v1/clusters/", entry.GetProperty("origin").GetString(), StringComparison.Ordinal);

        var none = await admin.GetFromJsonAsync<JsonElement>(Url($"/api/v1/audit?type=Cluster&key={code}&to=2000-01-01"));
        Assert.Equal(0, none.GetProperty("total").GetInt32());

        var csv = await admin.GetStringAsync(Url($"/api/v1/audit.csv?type=Cluster&key={code}&field=NameEn"));
        Assert.StartsWith("id,at_utc,actor,origin,entity_type,entity_key,action,field,old_value,new_value\n", csv, StringComparison.Ordinal);
        Assert.Contains("\"Audited, \"\"quoted\"\" name\"", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_a_spreadsheet_would_run_as_a_formula_is_neutralised_in_the_CSV()
    {
        using var admin = await app.AdminClientAsync();
        var code = await EditClusterAsync(admin, "=HYPERLINK(\"http://evil.example\",\"x\")", page: 3);

        var csv = await admin.GetStringAsync(Url($"/api/v1/audit.csv?type=Cluster&key={code}&field=NameEn"));

        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=HYPERLINK", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from=2024-13-01", "from")]
    [InlineData("to=yesterday", "to")]
    [InlineData("from=2024-02-01&to=2024-01-01", "to")]
    [InlineData("sort=password", "sort")]
    [InlineData("pageSize=5000", "pageSize")]
    public async Task Bad_search_parameters_get_400_naming_the_parameter(string query, string parameter)
    {
        using var admin = await app.AdminClientAsync();
        var response = await admin.GetAsync(Url("/api/v1/audit?" + query));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.GetRawText());
    }

    [Fact]
    public async Task The_history_panel_shows_a_records_changes_to_admins_and_analysts_only()
    {
        using var admin = await app.AdminClientAsync();
        var code = await EditClusterAsync(admin);
        var adminPage = await admin.GetStringAsync(Url($"/clusters/{code}"));
        Assert.Contains("id=\"history\"", adminPage, StringComparison.Ordinal);
        Assert.Contains("Audited, &quot;quoted&quot; name", adminPage, StringComparison.Ordinal);

        var analystName = $"hist-{Guid.NewGuid():N}"[..13];
        await using (var scope = app.App.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<ClusterScope.Web.Features.Users.UserAdministration>();
            await users.CreateAsync(analystName, null, "History-password-1", "analyst", [], new ClusterScope.Data.Auditing.AuditScope("test", "test"), default);
        }

        using var analyst = await app.SignedInClientAsync(analystName, "History-password-1");
        Assert.Contains("Audited, &quot;quoted&quot; name", await analyst.GetStringAsync(Url($"/clusters/{code}")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync(Url("/api/v1/audit"))).StatusCode);

        using var anonymous = app.Client();
        var anonymousPage = await anonymous.GetStringAsync(Url($"/clusters/{code}"));
        Assert.DoesNotContain("id=\"history\"", anonymousPage, StringComparison.Ordinal);

        var audit = await admin.GetStringAsync(Url($"/admin/audit?type=Cluster&key={code}&sort=key"));
        Assert.Contains("Audited, &quot;quoted&quot; name", audit, StringComparison.Ordinal);
    }
}
