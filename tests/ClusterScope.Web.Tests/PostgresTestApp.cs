using Npgsql;

namespace ClusterScope.Web.Tests;

/// <summary>The real web app on a fresh PostgreSQL database of the server named by CS_PG; fails (never skips) without CS_PG.</summary>
public sealed class PostgresTestApp : TestApp
{
    private readonly string _name = $"cs_web_{Guid.NewGuid():N}";

    public override string Provider => "postgres";

    private static string Server =>
        Environment.GetEnvironmentVariable("CS_PG") is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException(
                "CS_PG is not set: start a throwaway PostgreSQL with  eval \"$(scripts/pg-start.sh)\"  (scripts/test.sh does this), then run the tests again.");

    protected override async Task<string> CreateDatabaseAsync()
    {
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {_name}", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(Server) { Database = _name }.ConnectionString;
    }

    protected override async Task DropDatabaseAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
