using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClusterScope.Data;
using ClusterScope.Data.Access;
using ClusterScope.Data.Auditing;
using ClusterScope.Web.Features.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Web.Tests.Tokens;

/// <summary>Personal API tokens through the real host: shown once, hashed at rest, audited, writing without antiforgery, refused
/// once revoked, expired or their owner locked, and never wider than their owner or their own scope.</summary>
[Collection(WebTestGroup.Name)]
public sealed partial class ApiTokenTests(TestApp app)
{
    private static Uri Url(string path) => new(path, UriKind.Relative);

    [Fact]
    public async Task A_token_is_shown_once_stored_as_its_hash_and_audited()
    {
        using var admin = await app.AdminClientAsync();
        var (secret, id, prefix) = await CreateAsync(admin, "/api/v1/account/tokens", new { name = "nightly export" });

        Assert.StartsWith("cs_", secret, StringComparison.Ordinal);
        Assert.StartsWith(prefix, secret, StringComparison.Ordinal);
        var listed = await admin.GetStringAsync(Url("/api/v1/account/tokens"));
        Assert.Contains(prefix, listed, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, listed, StringComparison.Ordinal);

        await using var scope = app.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
        var stored = await db.ApiTokens.AsNoTracking().SingleAsync(t => t.Id == id);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(secret))), stored.SecretHash);
        Assert.DoesNotContain(secret, JsonSerializer.Serialize(stored), StringComparison.Ordinal);
        var audit = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == "ApiToken" && a.EntityCode == $"admin/{prefix}").ToListAsync();
        var created = Assert.Single(audit);
        Assert.Equal(("Created", "admin"), (created.Action, created.Actor));
        Assert.Contains("Name=nightly export; Access=read-write", created.NewValue, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, created.NewValue, StringComparison.Ordinal);
        Assert.DoesNotContain(stored.SecretHash, created.NewValue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_writes_without_antiforgery_token_from_any_origin_and_is_refused_once_revoked()
    {
        using var admin = await app.AdminClientAsync();
        var (secret, id, prefix) = await CreateAsync(admin, "/api/v1/account/tokens", new { name = "integration" });
        using var script = Bearer(secret);
        var cluster = (await script.GetFromJsonAsync<JsonElement>(Url("/api/v1/clusters?pageSize=1"))).GetProperty("items")[0];
        var code = cluster.GetProperty("code").GetString();

        using var edit = new HttpRequestMessage(HttpMethod.Put, Url($"/api/v1/clusters/{code}"))
        {
            Content = JsonContent.Create(new { nameZh = cluster.GetProperty("nameZh").GetString(), nameEn = "Edited with a token", version = cluster.GetProperty("version").GetInt32() }),
        };
        edit.Headers.Add("Origin", "http://evil.example");
        Assert.Equal(HttpStatusCode.OK, (await script.SendAsync(edit)).StatusCode);
        Assert.Contains("Edited with a token", await script.GetStringAsync(Url($"/api/v1/clusters/{code}")), StringComparison.Ordinal);
        Assert.Contains("\"lastUsedAtUtc\":\"", await admin.GetStringAsync(Url("/api/v1/account/tokens")), StringComparison.Ordinal);
        var (actor, origin) = await LastChangeAsync("Cluster", code!);
        Assert.Equal("admin", actor);
        Assert.EndsWith($"(API token {prefix})", origin, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync(Url($"/api/v1/account/tokens/{id}"))).StatusCode);
        var refused = await script.GetAsync(Url("/api/v1/account/tokens"));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("invalid_token", refused.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync(Url($"/api/v1/account/tokens/{id}"))).StatusCode);
        Assert.Equal("Revoked", await LastActionAsync($"admin/{prefix}"));
    }

    [Fact]
    public async Task A_read_only_token_reads_what_its_owner_reads_and_writes_nothing()
    {
        using var admin = await app.AdminClientAsync();
        var (secret, _, _) = await CreateAsync(admin, "/api/v1/account/tokens", new { name = "dashboard", readOnly = true });
        using var script = Bearer(secret);

        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync(Url("/api/v1/audit?pageSize=1"))).StatusCode);
        var write = await script.PostAsJsonAsync(Url("/api/v1/plans"), new { code = "read-only-token" });
        Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
        Assert.Contains("Read-only API token", await write.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_zone_managers_token_acts_only_for_the_zones_it_is_kept_to()
    {
        var zones = await ZonesWithClustersAsync();
        var manager = Unique("token-manager");
        await app.CreateUserAsync(manager, "zone-manager", zones[0].Zone, zones[1].Zone);
        using var client = await app.ClientForAsync(manager);

        var foreign = await client.PostAsJsonAsync(Url("/api/v1/account/tokens"), new { name = "x", zones = new[] { zones[2].Zone } });
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Contains(zones[2].Zone, await foreign.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var (secret, _, _) = await CreateAsync(client, "/api/v1/account/tokens", new { name = "zone upload", zones = new[] { zones[0].Zone } });
        using var script = Bearer(secret);
        Assert.Equal(HttpStatusCode.OK, (await DryRunAsync(script, zones[0])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await DryRunAsync(script, zones[1])).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await DryRunAsync(client, zones[1])).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await script.PostAsJsonAsync(Url("/api/v1/plans"), new { code = "manager-token" })).StatusCode);
    }

    [Fact]
    public async Task A_token_stops_at_once_when_its_owner_loses_the_role_or_is_locked()
    {
        var analyst = Unique("token-analyst");
        await app.CreateUserAsync(analyst, "analyst");
        using var client = await app.ClientForAsync(analyst);
        var (secret, _, _) = await CreateAsync(client, "/api/v1/account/tokens", new { name = "reader" });
        using var script = Bearer(secret);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync(Url("/api/v1/submissions"))).StatusCode);

        await using var scope = app.App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        var who = new AuditScope("test", "token test");
        var id = (await users.IdOfAsync(analyst))!;
        Assert.Equal(UserChangeStatus.Done, (await users.SetRoleAsync(id, null, [], (await users.FindAsync(id, default))!.ConcurrencyStamp, "test", who, default)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await script.GetAsync(Url("/api/v1/submissions"))).StatusCode);

        Assert.Equal(UserChangeStatus.Done, (await users.SetLockedAsync(id, true, (await users.FindAsync(id, default))!.ConcurrencyStamp, "test", who, default)).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync(Url("/api/v1/account/tokens"))).StatusCode);
    }

    [Fact]
    public async Task An_expired_token_is_refused_and_an_expiry_in_the_past_is_invalid()
    {
        using var admin = await app.AdminClientAsync();
        var past = await admin.PostAsJsonAsync(Url("/api/v1/account/tokens"), new { name = "old", expiresAtUtc = DateTime.UtcNow.AddDays(-1) });
        Assert.Equal(HttpStatusCode.BadRequest, past.StatusCode);

        var (secret, id, _) = await CreateAsync(admin, "/api/v1/account/tokens", new { name = "short-lived", expiresAtUtc = DateTime.UtcNow.AddDays(1) });
        using var script = Bearer(secret);
        Assert.Equal(HttpStatusCode.OK, (await script.GetAsync(Url("/api/v1/account/tokens"))).StatusCode);
        await using var scope = app.App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>().ApiTokens.Where(t => t.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAtUtc, DateTime.UtcNow.AddMinutes(-1)));
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync(Url("/api/v1/account/tokens"))).StatusCode);
        Assert.Contains("\"state\":\"expired\"", await admin.GetStringAsync(Url("/api/v1/account/tokens")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_token_cannot_create_tokens_and_an_unknown_token_is_401()
    {
        using var admin = await app.AdminClientAsync();
        var (secret, _, _) = await CreateAsync(admin, "/api/v1/account/tokens", new { name = "no minting" });
        using var script = Bearer(secret);
        Assert.Equal(HttpStatusCode.Forbidden, (await script.PostAsJsonAsync(Url("/api/v1/account/tokens"), new { name = "child" })).StatusCode);

        using var forged = Bearer(ApiTokenSecret.Create().Token);
        Assert.Equal(HttpStatusCode.Unauthorized, (await forged.GetAsync(Url("/api/v1/account/tokens"))).StatusCode);
        using var garbage = Bearer("not-a-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await garbage.GetAsync(Url("/api/v1/account/tokens"))).StatusCode);
    }

    [Fact]
    public async Task An_admin_creates_lists_and_revokes_another_users_tokens()
    {
        var owner = Unique("token-owner");
        await app.CreateUserAsync(owner, "analyst");
        using var admin = await app.AdminClientAsync();
        var (secret, id, prefix) = await CreateAsync(admin, $"/api/v1/users/{owner}/tokens", new { name = "for the owner" });
        using var script = Bearer(secret);
        Assert.Contains(prefix, await script.GetStringAsync(Url("/api/v1/account/tokens")), StringComparison.Ordinal);
        Assert.Contains(prefix, await admin.GetStringAsync(Url($"/api/v1/users/{owner}/tokens")), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync(Url($"/api/v1/users/{owner}/tokens/{id}"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await script.GetAsync(Url("/api/v1/account/tokens"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(Url("/api/v1/users/no-such-user/tokens"))).StatusCode);
    }

    [Fact]
    public async Task The_tokens_page_shows_a_new_secret_once_and_revokes_in_English_and_Chinese()
    {
        using var user = await app.AdminClientAsync();
        Assert.Contains("API 令牌", await user.GetStringAsync(Url("/account/tokens?culture=zh-CN")), StringComparison.Ordinal);
        var page = await user.GetStringAsync(Url("/account/tokens"));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["NewToken.Name"] = "page token", ["NewToken.ReadOnly"] = "true", ["__RequestVerificationToken"] = Authorisation.Matrix.Token(page),
        });
        var created = await (await user.PostAsync(Url("/account/tokens"), form)).Content.ReadAsStringAsync();
        var secret = SecretOnPage().Match(created).Groups[1].Value;
        Assert.StartsWith("cs_", secret, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await Bearer(secret).GetAsync(Url("/api/v1/account/tokens"))).StatusCode);

        var again = await user.GetStringAsync(Url("/account/tokens"));
        Assert.DoesNotContain(secret, again, StringComparison.Ordinal);
        Assert.Contains(secret[..11], again, StringComparison.Ordinal);
        var id = (await user.GetFromJsonAsync<JsonElement>(Url("/api/v1/account/tokens"))).EnumerateArray()
            .First(t => t.GetProperty("prefix").GetString() == secret[..11]).GetProperty("id").GetInt64();
        using var revoke = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["TokenId"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture), ["__RequestVerificationToken"] = Authorisation.Matrix.Token(again),
        });
        Assert.Equal(HttpStatusCode.Redirect, (await user.PostAsync(Url("/account/tokens?handler=Revoke"), revoke)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer(secret).GetAsync(Url("/api/v1/account/tokens"))).StatusCode);
        Assert.Contains("已吊销", await user.GetStringAsync(Url("/account/tokens?culture=zh-CN")), StringComparison.Ordinal);
    }

    [System.Text.RegularExpressions.GeneratedRegex("id=\"token-secret\">([^<]+)<")]
    private static partial System.Text.RegularExpressions.Regex SecretOnPage();

    private HttpClient Bearer(string token)
    {
        var client = app.Client();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<(string Secret, long Id, string Prefix)> CreateAsync(HttpClient client, string url, object request)
    {
        var response = await client.PostAsJsonAsync(Url(url), request);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var summary = body.GetProperty("summary");
        return (body.GetProperty("token").GetString()!, summary.GetProperty("id").GetInt64(), summary.GetProperty("prefix").GetString()!);
    }

    private static async Task<HttpResponseMessage> DryRunAsync(HttpClient client, (string Zone, string Cluster) zone)
    {
        using var content = new MultipartFormDataContent
        {
            { new StringContent($"entity_kind,entity_code,indicator_code,period,value,status,provenance,source\nCluster,{zone.Cluster},cluster_output,2053-Q1,1,Reported,Real,\n"), "file", "q.csv" },
        };
        return await client.PostAsync(Url($"/api/v1/submissions?zone={zone.Zone}&dryRun=true"), content);
    }

    private async Task<List<(string Zone, string Cluster)>> ZonesWithClustersAsync()
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        var clusters = await scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>().Clusters.AsNoTracking()
            .OrderBy(c => c.ZoneCode).ThenBy(c => c.Code).Select(c => new { c.ZoneCode, c.Code }).ToListAsync();
        return clusters.GroupBy(c => c.ZoneCode).Take(3).Select(g => (g.Key, g.First().Code)).ToList();
    }

    private async Task<(string Actor, string Origin)> LastChangeAsync(string type, string code)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        var entry = await scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == type && a.EntityCode == code).OrderByDescending(a => a.Id).FirstAsync();
        return (entry.Actor, entry.Origin);
    }

    private async Task<string?> LastActionAsync(string code)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "ApiToken" && a.EntityCode == code).OrderByDescending(a => a.Id).Select(a => a.Action).FirstOrDefaultAsync();
    }

    private static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";
}
