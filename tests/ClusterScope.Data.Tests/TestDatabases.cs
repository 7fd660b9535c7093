using ClusterScope.Data;
using ClusterScope.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ClusterScope.Data.Tests;

/// <summary>Fresh, empty databases for tests: a temporary SQLite file, or a new database on the throwaway PostgreSQL server.</summary>
public static class TestDatabases
{
    /// <summary>The PostgreSQL server's connection string from CS_PG; fails (never skips) when it is missing.</summary>
    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("CS_PG") is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException(
                "CS_PG is not set: start a throwaway PostgreSQL with  eval \"$(scripts/pg-start.sh)\"  (scripts/test.sh does this), then run the tests again.");

    /// <summary>Settings for a new empty SQLite database in a temporary file.</summary>
    public static DatabaseSettings NewSqlite() =>
        new("sqlite", $"Data Source={Path.Combine(Path.GetTempPath(), $"cs-test-{Guid.NewGuid():N}.db")};Pooling=False");

    /// <summary>Creates a new empty PostgreSQL database and returns its settings.</summary>
    public static async Task<DatabaseSettings> NewPostgresAsync()
    {
        var name = $"cs_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(PostgresServer))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new DatabaseSettings("postgres", new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name }.ConnectionString);
    }

    /// <summary>Deletes the database behind <paramref name="settings"/>.</summary>
    public static async Task DropAsync(DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Provider == "sqlite")
        {
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }

            return;
        }

        NpgsqlConnection.ClearAllPools();
        var database = new NpgsqlConnectionStringBuilder(settings.ConnectionString).Database;
        await using var connection = new NpgsqlConnection(PostgresServer);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A service provider wired exactly as the web app and CLI wire it, for the given database.</summary>
    public static ServiceProvider Services(DatabaseSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = settings.Provider,
            ["ConnectionStrings:ClusterScope"] = settings.ConnectionString,
        }).Build();
        return new ServiceCollection().AddLogging().AddClusterScopeData(configuration).BuildServiceProvider();
    }
}
