using Npgsql;

namespace ClusterScope.Web.Tests;

/// <summary>The real web app on a fresh PostgreSQL database of the server named by CS_PG; fails (never skips) without CS_PG.</summary>
public sealed class PostgresTestApp : TestApp
{
    private readonly string _name = $"cs_web_{Guid.NewGuid():N}";

    public override string Provider => "postgres";

    public static string Server =>
        Environment.GetEnvironmentVariable("CS_PG") is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException(
                "CS_PG is not set: start a throwaway PostgreSQL with  eval \"$(scripts/pg-start.sh)\"  (scripts/test.sh does this), then run the tests again.");

    protected override Task<string> CreateDatabaseAsync() => CreateDatabaseAsync(_name);

    protected override Task DropDatabaseAsync() => DropDatabaseAsync(_name);

    /// <summary>Creates an empty database on the CS_PG server and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string name)
    {
        await ExecuteAsync($"CREATE DATABASE {name}");
        return new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database of the CS_PG server, closing its connections.</summary>
    public static async Task DropDatabaseAsync(string name)
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
