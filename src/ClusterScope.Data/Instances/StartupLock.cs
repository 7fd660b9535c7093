using Microsoft.Data.Sqlite;
using Npgsql;

namespace ClusterScope.Data.Instances;

/// <summary>
/// Makes start-up work (migrations, loading the default data into an empty database, creating the admin and the first
/// Data Protection key) run in one instance at a time, so that several app instances started together against one
/// database do it once: the later ones wait, then find it done.
/// </summary>
/// <remarks>PostgreSQL: a session-level advisory lock (<c>pg_advisory_lock</c>) on the target database, created first when
/// it does not exist yet. SQLite: an exclusive lock file beside the database file (instances on one machine only, which is
/// the only way to share a SQLite file).</remarks>
public sealed class StartupLock(DatabaseSettings settings)
{
    /// <summary>The advisory lock key: "CSstart" in ASCII.</summary>
    public const long AdvisoryKey = 0x43_53_73_74_61_72_74;

    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    /// <summary>Waits for the lock (at most five minutes) and holds it until disposed.</summary>
    /// <exception cref="TimeoutException">Another instance held it longer than that.</exception>
    public async Task<IAsyncDisposable> AcquireAsync(CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.Provider == "postgres" ? await PostgresAsync(ct) : await SqliteAsync(ct);
    }

    private async Task<IAsyncDisposable> PostgresAsync(CancellationToken ct)
    {
        await EnsureDatabaseAsync(ct);
        var connection = new NpgsqlConnection(settings.ConnectionString);
        await connection.OpenAsync(ct);
        await using (var timeout = new NpgsqlCommand($"SET statement_timeout = {(int)Patience.TotalMilliseconds}", connection))
        {
            await timeout.ExecuteNonQueryAsync(ct);
        }

        await using (var take = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection))
        {
            take.Parameters.AddWithValue("key", AdvisoryKey);
            try
            {
                await take.ExecuteNonQueryAsync(ct);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.QueryCanceled)
            {
                await connection.DisposeAsync();
                throw new TimeoutException($"Another instance held the start-up lock for more than {Patience.TotalMinutes} minutes.", e);
            }
        }

        return new Release(async () =>
        {
            await using (var give = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection))
            {
                give.Parameters.AddWithValue("key", AdvisoryKey);
                await give.ExecuteNonQueryAsync(CancellationToken.None);
            }

            await connection.DisposeAsync();
        });
    }

    // The lock needs the database to connect to; two instances creating it together are both fine (42P04: it exists).
    private async Task EnsureDatabaseAsync(CancellationToken ct)
    {
        var target = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        var name = target.Database;
        if (string.IsNullOrEmpty(name) || name == "postgres")
        {
            return;
        }

        var maintenance = new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        try
        {
            await connection.OpenAsync(ct);
        }
        catch (PostgresException)
        {
            return; // No access to the maintenance database: the target must exist already, as managed services require.
        }

        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", name);
        if (await exists.ExecuteScalarAsync(ct) is not null)
        {
            return;
        }

        try
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync(ct);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Another instance created it a moment ago.
        }
    }

    private async Task<IAsyncDisposable> SqliteAsync(CancellationToken ct)
    {
        var source = new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
        if (string.IsNullOrEmpty(source) || source == ":memory:" || source.StartsWith("file::memory:", StringComparison.Ordinal))
        {
            return new Release(() => ValueTask.CompletedTask);
        }

        var path = Path.GetFullPath(source) + ".startup-lock";
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            try
            {
                var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return new Release(() => file.DisposeAsync());
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200, ct);
            }
            catch (IOException e)
            {
                throw new TimeoutException($"Another instance held the start-up lock {path} for more than {Patience.TotalMinutes} minutes.", e);
            }
        }
    }

    private sealed class Release(Func<ValueTask> release) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => release();
    }
}
