using Npgsql;

namespace ClusterScope.Cli.Tests.Commands;

public sealed class PostgresCommandsTests
{
    [Fact]
    public async Task The_same_commands_work_against_PostgreSQL_through_the_settings()
    {
        var server = Environment.GetEnvironmentVariable("CS_PG") is { Length: > 0 } pg ? pg
            : throw new InvalidOperationException("CS_PG is not set: start a throwaway PostgreSQL with  eval \"$(scripts/pg-start.sh)\"  first.");
        var name = $"cs_cli_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var database = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        try
        {
            var migrate = await CliRun.RunAsync("db", "migrate", "--provider", "postgres", "--connection", database);
            Assert.Equal(0, migrate.ExitCode);
            Assert.Contains("applied", migrate.Output, StringComparison.Ordinal);
            var load = await CliRun.RunAsync("data", "load", "jilin", "--provider", "postgres", "--connection", database);
            Assert.Equal(0, load.ExitCode);
            var list = await CliRun.RunAsync("zones", "list", "-f", "csv", "--provider", "postgres", "--connection", database);
            Assert.Equal(63, list.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
