using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClusterScope.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ClusterScope.Web.Tests.Instances;

/// <summary>Two app instances on loopback ports against one PostgreSQL database behave as one: start-up done once,
/// a sign-in and its antiforgery token made by one instance accepted by the other, the edit audited.</summary>
public sealed class TwoInstanceTests : IAsyncLifetime
{
    private readonly string _name = $"cs_two_{Guid.NewGuid():N}";
    private WebApplication _first = null!;
    private WebApplication _second = null!;

    public async Task InitializeAsync()
    {
        // The database does not exist yet: the instance that gets the start-up lock first creates, migrates and loads it.
        var connection = new NpgsqlConnectionStringBuilder(PostgresTestApp.Server) { Database = _name }.ConnectionString;
        _first = BareApp.Build("postgres", connection, TestApp.AdminPassword);
        _second = BareApp.Build("postgres", connection, TestApp.AdminPassword);
        await Task.WhenAll(WebApp.PrepareAsync(_first), WebApp.PrepareAsync(_second));
        await _first.StartAsync();
        await _second.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        await PostgresTestApp.DropDatabaseAsync(_name);
    }

    [Fact]
    public async Task Start_up_runs_once_and_a_sign_in_on_one_instance_edits_through_the_other()
    {
        await using (var scope = _first.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
            Assert.Equal(1, await db.Users.CountAsync(u => u.UserName == "admin"));
            Assert.Equal(1, await db.Zones.CountAsync(z => z.Code == "22101001"));
            // The data set was loaded once: one summary of created zones, however many instances started.
            Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.EntityType == "DevelopmentZone" && a.Action == "Created"));
            var keys = scope.ServiceProvider.GetRequiredService<Data.Instances.DataProtectionKeysDb>();
            Assert.Equal(1, await keys.DataProtectionKeys.CountAsync());
        }

        // Cookies are not told apart by port, so one jar serves both instances, as one host name behind a balancer would.
        var jar = new CookieContainer();
        using var first = Client(jar, _first);
        using var second = Client(jar, _second);
        var login = await first.GetStringAsync(new Uri("/account/login", UriKind.Relative));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "admin", ["Password"] = TestApp.AdminPassword, ["__RequestVerificationToken"] = Authorisation.Matrix.Token(login),
        });
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostAsync(new Uri("/account/login", UriKind.Relative), form)).StatusCode);
        second.DefaultRequestHeaders.Add("X-CSRF-TOKEN", await TestApp.AntiforgeryTokenAsync(first));

        var zone = (await second.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/zones/22101001", UriKind.Relative))).GetProperty("zone");
        var saved = await second.PutAsJsonAsync(new Uri("/api/v1/zones/22101001", UriKind.Relative), new
        {
            nameZh = zone.GetProperty("nameZh").GetString(), nameEn = "Changchun ETDZ (edited through the second instance)",
            version = zone.GetProperty("version").GetInt32(),
        });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        await using (var scope = _first.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
            var entry = await db.AuditEntries.Where(a => a.EntityType == "DevelopmentZone" && a.EntityCode == "22101001" && a.Action == "Updated" && a.Field == "NameEn").SingleAsync();
            Assert.Equal(("admin", "Changchun ETDZ (edited through the second instance)"), (entry.Actor, entry.NewValue));
        }

        var read = (await first.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/zones/22101001", UriKind.Relative))).GetProperty("zone");
        Assert.Equal("Changchun ETDZ (edited through the second instance)", read.GetProperty("nameEn").GetString());
    }

    private static HttpClient Client(CookieContainer jar, WebApplication app) =>
        new(new HttpClientHandler { CookieContainer = jar, AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = BareApp.Address(app) };
}
