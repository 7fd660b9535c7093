using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;

namespace ClusterScope.Web.Tests.Health;

/// <summary>With its database out of reach the app answers 503 with Retry-After (problem details for the API, a page in the
/// user's language for browsers) and says so on /health/ready, while /health/live stays up.</summary>
public abstract class DatabaseDownTests : IAsyncLifetime
{
    private WebApplication _app = null!;

    protected abstract string Provider { get; }

    /// <summary>The connection string of the database, which cannot be used (or not once <see cref="BreakAsync"/> ran).</summary>
    protected abstract string BrokenConnection();

    /// <summary>Whether the app is migrated and serving before the database breaks; otherwise it starts without it.</summary>
    protected virtual bool ServesFirst => false;

    /// <summary>Takes the database away from the running app.</summary>
    protected virtual Task BreakAsync() => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        _app = BareApp.Build(Provider, BrokenConnection(), TestApp.AdminPassword,
            b => b.Configuration["Data:LoadOnEmptyDatabase"] = "false");
        if (ServesFirst)
        {
            await WebApp.PrepareAsync(_app);
        }

        await _app.StartAsync();
        await BreakAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    protected HttpClient Client() => new() { BaseAddress = BareApp.Address(_app) };

    [Theory]
    [InlineData("/api/v1/zones")]
    [InlineData("/api/v1/clusters/nope")]
    [InlineData("/api/v1/plans")]
    public async Task The_api_answers_503_problem_details_with_retry_after(string path)
    {
        using var client = Client();
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("/zones", "en", "The database cannot be reached")]
    [InlineData("/zones?culture=zh-CN", "zh-CN", "暂时无法连接数据库")]
    [InlineData("/", "en", "The database cannot be reached")]
    public async Task A_page_answers_503_with_a_page_in_the_user_s_language(string path, string language, string text)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Accept.ParseAdd("text/html");
        using var client = Client();
        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"lang=\"{language}\"", body, StringComparison.Ordinal);
        Assert.Contains(text, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Live_is_up_and_ready_is_not()
    {
        using var client = Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);
    }
}

/// <summary>The file's folder cannot exist (<c>/dev/null</c> is not a folder): SQLite cannot open it.</summary>
public sealed class SqliteBadPathTests : DatabaseDownTests
{
    protected override string Provider => "sqlite";

    protected override string BrokenConnection() => $"Data Source=/dev/null/cs-{Guid.NewGuid():N}.db;Pooling=False";
}

/// <summary>The app was serving when its database's folder went away (a volume unmounted, say).</summary>
public sealed class SqliteFolderRemovedTests : DatabaseDownTests
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"cs-gone-{Guid.NewGuid():N}");

    protected override string Provider => "sqlite";

    protected override bool ServesFirst => true;

    protected override string BrokenConnection() => $"Data Source={Path.Combine(_folder, "cs.db")};Pooling=False";

    protected override async Task BreakAsync()
    {
        using var client = Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);
        Directory.Delete(_folder, recursive: true);
    }
}

/// <summary>The database file was replaced by something that is not a database.</summary>
public sealed class SqliteDamagedFileTests : DatabaseDownTests, IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"cs-damaged-{Guid.NewGuid():N}.db");

    protected override string Provider => "sqlite";

    protected override string BrokenConnection()
    {
        File.WriteAllText(_file, new string('x', 4096));
        return $"Data Source={_file};Pooling=False";
    }

    public void Dispose() => File.Delete(_file);
}

/// <summary>The PostgreSQL server is down: nothing listens on its port.</summary>
public sealed class PostgresServerDownTests : DatabaseDownTests
{
    protected override string Provider => "postgres";

    protected override string BrokenConnection()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"Host=127.0.0.1;Port={port};Database=cs;Username=cs;Password=unused;Timeout=5";
    }
}

/// <summary>The server is up but the app's database is gone from it.</summary>
public sealed class PostgresDatabaseMissingTests : DatabaseDownTests
{
    protected override string Provider => "postgres";

    protected override string BrokenConnection() =>
        new Npgsql.NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("CS_PG")
            ?? throw new InvalidOperationException("CS_PG is not set: start a throwaway PostgreSQL with  eval \"$(scripts/pg-start.sh)\"."))
        { Database = $"cs_missing_{Guid.NewGuid():N}" }.ConnectionString;
}
