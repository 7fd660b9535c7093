using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClusterScope.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Web.Tests.Submissions;

/// <summary>The submission API through the real host: ownership, maker-checker, conflicts, reasons, and what the public sees when.</summary>
[Collection(WebTestGroup.Name)]
public sealed class SubmissionApiTests(TestApp app)
{
    private const string Header = "entity_kind,entity_code,indicator_code,period,value,status,provenance,source";

    private static Uri Url(string path) => new(path, UriKind.Relative);

    private static MultipartFormDataContent Upload(string name, string csv) => CsvUpload.Of(name, csv);

    [Fact]
    public async Task Anonymous_and_role_less_users_see_no_submissions_and_submit_nothing()
    {
        var (zone, cluster) = await ZoneWithClusterAsync(0);
        using var anonymous = app.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(Url("/api/v1/submissions"))).StatusCode);
        var nobody = Unique("nobody");
        await app.CreateUserAsync(nobody, null);
        using var client = await app.ClientForAsync(nobody);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(Url("/api/v1/submissions"))).StatusCode);
        using var content = Upload("a.csv", $"{Header}\nCluster,{cluster},cluster_output,2051-Q1,1,Reported,Real,\n");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync(Url($"/api/v1/submissions?zone={zone}"), content)).StatusCode);
        var page = await client.GetAsync(Url("/submissions"));
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/login", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zone_manager_writes_and_reads_nothing_of_another_zone()
    {
        var (zone, cluster) = await ZoneWithClusterAsync(0);
        var (otherZone, otherCluster) = await ZoneWithClusterAsync(1);
        var (mine, theirs) = (Unique("manager"), Unique("manager"));
        await app.CreateUserAsync(mine, "zone-manager", zone);
        await app.CreateUserAsync(theirs, "zone-manager", otherZone);
        using var me = await app.ClientForAsync(mine);
        using var them = await app.ClientForAsync(theirs);

        using var mixed = Upload("mixed.csv", $"{Header}\nCluster,{cluster},cluster_output,2052-Q1,1,Reported,Real,\nCluster,{otherCluster},cluster_output,2052-Q1,2,Reported,Real,\n");
        var refused = await me.PostAsync(Url($"/api/v1/submissions?zone={zone}"), mixed);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var error = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0];
        Assert.Equal((3, "entity_code"), (error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString()));
        Assert.Equal($"{otherCluster} belongs to zone {otherZone}, which is not one of your zones", error.GetProperty("message").GetString());

        using var foreign = Upload("foreign.csv", $"{Header}\nCluster,{otherCluster},cluster_output,2052-Q1,2,Reported,Real,\n");
        Assert.Equal(HttpStatusCode.NotFound, (await me.PostAsync(Url($"/api/v1/submissions?zone={otherZone}"), foreign)).StatusCode);

        var id = await SubmitAsync(them, otherZone, $"{Header}\nCluster,{otherCluster},cluster_output,2052-Q1,2,Reported,Real,\n");
        Assert.Equal(HttpStatusCode.NotFound, (await me.GetAsync(Url($"/api/v1/submissions/{id}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await me.GetAsync(Url($"/submissions/{id}"))).StatusCode);
        var listed = await me.GetFromJsonAsync<JsonElement>(Url("/api/v1/submissions"));
        Assert.DoesNotContain(listed.EnumerateArray(), s => s.GetProperty("id").GetInt64() == id);
        Assert.Equal(HttpStatusCode.Forbidden, (await me.PostAsJsonAsync(Url($"/api/v1/submissions/{id}/approve"), new { version = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await me.PostAsJsonAsync(Url($"/api/v1/submissions/{id}/withdraw"), new { version = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await them.GetAsync(Url($"/api/v1/submissions/{id}"))).StatusCode);
        Assert.Equal(0, await ObservationCountAsync(otherCluster, "2052-Q1"));
    }

    [Fact]
    public async Task Figures_count_in_the_dashboard_and_api_only_after_another_admin_approves()
    {
        var (zone, cluster) = await ZoneWithClusterAsync(2);
        var (maker, checker) = (Unique("admin-maker"), Unique("admin-checker"));
        await app.CreateUserAsync(maker, "admin");
        await app.CreateUserAsync(checker, "admin");
        using var makerClient = await app.ClientForAsync(maker);
        using var checkerClient = await app.ClientForAsync(checker);
        using var anonymous = app.Client();
        var before = await DashboardOutputAsync(anonymous, 2013);
        var old = await ClusterOutputAsync(anonymous, cluster, "2013");

        using (var dry = Upload("dry.csv", $"{Header}\nCluster,{cluster},cluster_output,2013,{(old + 10).ToString(CultureInfo.InvariantCulture)},Reported,Real,zone report\n"))
        {
            var preview = await makerClient.PostAsync(Url($"/api/v1/submissions?zone={zone}&dryRun=true"), dry);
            Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
            var body = await preview.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(JsonValueKind.Null, body.GetProperty("submissionId").ValueKind);
            Assert.Equal(old, body.GetProperty("figures")[0].GetProperty("currentValue").GetDouble());
            Assert.Equal((0, 1, 0), Counts(body));
        }

        var id = await SubmitAsync(makerClient, zone, $"{Header}\nCluster,{cluster},cluster_output,2013,{(old + 10).ToString(CultureInfo.InvariantCulture)},Reported,Real,zone report\n");
        Assert.Equal(before, await DashboardOutputAsync(anonymous, 2013));
        Assert.Equal(old, await ClusterOutputAsync(anonymous, cluster, "2013"));

        var own = await makerClient.PostAsJsonAsync(Url($"/api/v1/submissions/{id}/approve"), new { version = await VersionAsync(makerClient, id) });
        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
        Assert.Contains("another reviewer", (await own.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(old, await ClusterOutputAsync(anonymous, cluster, "2013"));

        var approved = await checkerClient.PostAsJsonAsync(Url($"/api/v1/submissions/{id}/approve"), new { version = await VersionAsync(checkerClient, id) });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal(old + 10, await ClusterOutputAsync(anonymous, cluster, "2013"), 6);
        Assert.Equal(before + 10, await DashboardOutputAsync(anonymous, 2013), 6);
        var detail = await checkerClient.GetFromJsonAsync<JsonElement>(Url($"/api/v1/submissions/{id}"));
        Assert.Equal(("Approved", checker), (detail.GetProperty("submission").GetProperty("status").GetString(), detail.GetProperty("submission").GetProperty("reviewedBy").GetString()));
        Assert.Equal(old, detail.GetProperty("figures")[0].GetProperty("currentValue").GetDouble());
    }

    [Fact]
    public async Task The_second_of_two_reviewers_gets_409_and_a_rejection_needs_a_reason()
    {
        var (zone, cluster) = await ZoneWithClusterAsync(0);
        var (manager, second) = (Unique("manager"), Unique("reviewer"));
        await app.CreateUserAsync(manager, "zone-manager", zone);
        await app.CreateUserAsync(second, "admin");
        using var managerClient = await app.ClientForAsync(manager);
        using var first = await app.AdminClientAsync();
        using var secondClient = await app.ClientForAsync(second);
        var id = await SubmitAsync(managerClient, zone, $"{Header}\nCluster,{cluster},cluster_output,2053-Q1,4,Reported,Real,\n");
        var version = await VersionAsync(first, id);

        var noReason = await first.PostAsJsonAsync(Url($"/api/v1/submissions/{id}/reject"), new { version, reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await noReason.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _));

        Assert.Equal(HttpStatusCode.OK, (await first.PostAsJsonAsync(Url($"/api/v1/submissions/{id}/reject"), new { version, reason = "wrong unit" })).StatusCode);
        var late = await secondClient.PostAsJsonAsync(Url($"/api/v1/submissions/{id}/approve"), new { version });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal($"admin rejected submission {id} after you opened it; nothing was changed. Reload the page.",
            (await late.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(0, await ObservationCountAsync(cluster, "2053-Q1"));
        var seen = await managerClient.GetFromJsonAsync<JsonElement>(Url($"/api/v1/submissions/{id}"));
        Assert.Equal("wrong unit", seen.GetProperty("submission").GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Reviewers_see_the_flags_and_dismiss_one_only_with_a_reason()
    {
        var (zone, _) = await ZoneWithClusterAsync(0);
        var manager = Unique("manager");
        await app.CreateUserAsync(manager, "zone-manager", zone);
        using var managerClient = await app.ClientForAsync(manager);
        using var admin = await app.AdminClientAsync();
        var id = await SubmitAsync(managerClient, zone, $"{Header}\nZone,{zone},zone_industrial_output,2054-Q1,55,Reported,Real,\nZone,{zone},zone_industrial_output,2054-Q2,55,Reported,Real,\n");

        var flag = (await admin.GetFromJsonAsync<JsonElement>(Url($"/api/v1/submissions/{id}"))).GetProperty("submission").GetProperty("flags")[0];
        Assert.Equal("IdenticalAcrossPeriods", flag.GetProperty("rule").GetString());
        Assert.Contains("2054-Q1 to 2054-Q2", flag.GetProperty("message").GetString(), StringComparison.Ordinal);
        var flagId = flag.GetProperty("id").GetInt64();
        var listed = await admin.GetFromJsonAsync<JsonElement>(Url("/api/v1/submissions?status=Submitted"));
        Assert.Equal(1, listed.EnumerateArray().Single(s => s.GetProperty("id").GetInt64() == id).GetProperty("openFlags").GetInt32());

        Assert.Equal(HttpStatusCode.Forbidden, (await managerClient.PostAsJsonAsync(Url($"/api/v1/submissions/{id}/flags/{flagId}/dismiss"), new { reason = "fine" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync(Url($"/api/v1/submissions/{id}/flags/{flagId}/dismiss"), new { reason = "" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync(Url($"/api/v1/submissions/{id}/flags/{flagId}/dismiss"), new { reason = "quarterly estimate, confirmed by phone" })).StatusCode);
        var seen = (await managerClient.GetFromJsonAsync<JsonElement>(Url($"/api/v1/submissions/{id}"))).GetProperty("submission").GetProperty("flags")[0];
        Assert.Equal(("admin", "quarterly estimate, confirmed by phone"), (seen.GetProperty("dismissedBy").GetString(), seen.GetProperty("dismissalReason").GetString()));
    }

    [Fact]
    public async Task A_submission_counts_figures_that_replace_approved_values_as_updates()
    {
        var (zone, cluster) = await ZoneWithClusterAsync(3);
        var maker = Unique("admin-counts");
        await app.CreateUserAsync(maker, "admin");
        using var client = await app.ClientForAsync(maker);
        var old = await ClusterOutputAsync(app.Client(), cluster, "2013");
        var csv = $"{Header}\nCluster,{cluster},cluster_output,2013,{(old + 1).ToString(CultureInfo.InvariantCulture)},Reported,Real,\n"
            + $"Cluster,{cluster},cluster_output,2061,5,Reported,Real,\n"
            + $"Cluster,{cluster},cluster_output,2012,{(await ClusterOutputAsync(app.Client(), cluster, "2012")).ToString("R", CultureInfo.InvariantCulture)},Reported,Real,\n";
        using var content = Upload("counts.csv", csv);
        var response = await client.PostAsync(Url($"/api/v1/submissions?zone={zone}"), content);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal((1, 1, 1), Counts(await response.Content.ReadFromJsonAsync<JsonElement>()));
    }

    private static (int Added, int Updated, int Unchanged) Counts(JsonElement preview)
    {
        var report = preview.GetProperty("report");
        return (report.GetProperty("added").GetInt32(), report.GetProperty("updated").GetInt32(), report.GetProperty("unchanged").GetInt32());
    }

    private static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";

    private static async Task<long> SubmitAsync(HttpClient client, string zone, string csv)
    {
        using var content = Upload("figures.csv", csv);
        var response = await client.PostAsync(Url($"/api/v1/submissions?zone={zone}"), content);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("submissionId").GetInt64();
    }

    private static async Task<int> VersionAsync(HttpClient client, long id) =>
        (await client.GetFromJsonAsync<JsonElement>(Url($"/api/v1/submissions/{id}"))).GetProperty("submission").GetProperty("version").GetInt32();

    private static async Task<double> DashboardOutputAsync(HttpClient client, int year) =>
        (await client.GetFromJsonAsync<JsonElement>(Url($"/api/v1/dashboard?year={year}"))).GetProperty("clusterOutput").GetDouble();

    private static async Task<double> ClusterOutputAsync(HttpClient client, string cluster, string period)
    {
        var page = await client.GetFromJsonAsync<JsonElement>(Url($"/api/v1/observations?entityKind=Cluster&entity={cluster}&indicator=cluster_output&period={period}"));
        return page.GetProperty("items")[0].GetProperty("value").GetDouble();
    }

    private async Task<int> ObservationCountAsync(string entity, string period)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>().Observations.CountAsync(o => o.EntityCode == entity && o.Period == period);
    }

    private async Task<(string Zone, string Cluster)> ZoneWithClusterAsync(int index)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        var clusters = await scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>().Clusters.AsNoTracking()
            .OrderBy(c => c.ZoneCode).ThenBy(c => c.Code).Select(c => new { c.ZoneCode, c.Code }).ToListAsync();
        var first = clusters.GroupBy(c => c.ZoneCode).ElementAt(index).First();
        return (first.ZoneCode, first.Code);
    }
}
