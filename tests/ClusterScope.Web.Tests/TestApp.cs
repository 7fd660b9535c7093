using System.Net;
using ClusterScope.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Web.Tests;

/// <summary>The real web app on a real Kestrel port over a fresh SQLite database loaded with the Jilin data set.</summary>
/// <remarks><see cref="PostgresTestApp"/> runs the same app on a fresh PostgreSQL database.</remarks>
public class TestApp : IAsyncLifetime
{
    public const string AdminPassword = "Test-signin-secret-1";

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"cs-web-{Guid.NewGuid():N}.db");

    /// <summary>sqlite or postgres.</summary>
    public virtual string Provider => "sqlite";

    /// <summary>Creates the app's empty database and returns its connection string.</summary>
    protected virtual Task<string> CreateDatabaseAsync() => Task.FromResult($"Data Source={_database};Pooling=False");

    /// <summary>Deletes the app's database.</summary>
    protected virtual Task DropDatabaseAsync()
    {
        foreach (var path in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(path);
        }

        return Task.CompletedTask;
    }

    /// <summary>Settings over the defaults. The sign-in limits are raised: the helpers below sign in hundreds of times
    /// from 127.0.0.1. <see cref="Account.DefaultLimitsApp"/> keeps the defaults.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>
    {
        ["Security:SignIn:ClientPermitLimit"] = "100000",
        ["Security:SignIn:AccountPermitLimit"] = "100000",
        ["Security:SignIn:FailureLimit"] = "100000",
    };

    public WebApplication App { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var connection = await CreateDatabaseAsync();
        App = BareApp.Build(Provider, connection, AdminPassword, b => b.Configuration.AddInMemoryCollection(Settings));
        await WebApp.PrepareAsync(App);
        await App.StartAsync();
        BaseAddress = BareApp.Address(App);
    }

    /// <summary>A client with its own cookie jar, not following redirects (so tests see them).</summary>
    public HttpClient Client(bool followRedirects = false) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = followRedirects, UseCookies = true }) { BaseAddress = BaseAddress };

    /// <summary>A client signed in as the admin.</summary>
    public Task<HttpClient> AdminClientAsync() => SignedInClientAsync("admin", AdminPassword);

    /// <summary>A client signed in as <paramref name="userName"/>, sending its session's antiforgery token as a default header, as the
    /// app's own scripts would, so that its API writes pass the proof-of-origin check.</summary>
    public async Task<HttpClient> SignedInClientAsync(string userName, string password)
    {
        var client = Client();
        var login = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative));
        var token = System.Text.RegularExpressions.Regex.Match(login, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName, ["Password"] = password, ["__RequestVerificationToken"] = token,
        });
        var response = await client.PostAsync(new Uri("/account/login", UriKind.Relative), form);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {userName} failed: {(int)response.StatusCode}");
        }

        client.DefaultRequestHeaders.Add("X-CSRF-TOKEN", await AntiforgeryTokenAsync(client));
        return client;
    }

    /// <summary>The antiforgery token of the client's session, as same-origin scripts get it.</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client)
    {
        using var answer = await client.GetAsync(new Uri("/api/v1/account/antiforgery", UriKind.Relative));
        answer.EnsureSuccessStatusCode();
        using var json = System.Text.Json.JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("token").GetString()!;
    }

    /// <summary>Creates a user with a role (none when null) and zone assignments; the password is <see cref="AdminPassword"/>.</summary>
    public async Task CreateUserAsync(string userName, string? role, params string[] zones)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Microsoft.AspNetCore.Identity.IdentityUser>>();
        var user = new Microsoft.AspNetCore.Identity.IdentityUser(userName);
        var created = await users.CreateAsync(user, AdminPassword);
        if (!created.Succeeded || (role is not null && !(await users.AddToRoleAsync(user, role)).Succeeded))
        {
            throw new InvalidOperationException($"Cannot create {userName}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
        }

        var db = scope.ServiceProvider.GetRequiredService<ClusterScope.Data.ClusterScopeDbContext>();
        db.ZoneAssignments.AddRange(zones.Select(z => new ClusterScope.Domain.Access.ZoneAssignment { UserId = user.Id, ZoneCode = z }));
        await db.SaveChangesAsync();
    }

    /// <summary>A client signed in as <paramref name="userName"/> (password <see cref="AdminPassword"/>).</summary>
    public Task<HttpClient> ClientForAsync(string userName) => SignedInClientAsync(userName, AdminPassword);

    public async Task DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        await DropDatabaseAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class WebTestGroup : ICollectionFixture<TestApp>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "web";
}
