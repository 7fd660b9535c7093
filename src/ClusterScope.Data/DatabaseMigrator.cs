using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data;

/// <summary>Brings the configured database to the latest migration.</summary>
public sealed class DatabaseMigrator(ClusterScopeDbContext db, DatabaseSettings settings)
{
    /// <summary>Applies pending migrations and returns their names (empty when the database was current).</summary>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct)
    {
        if (settings.Provider == "sqlite")
        {
            EnsureSqliteDirectory(settings.ConnectionString);
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
        {
            await db.Database.MigrateAsync(ct);
        }

        return pending;
    }

    private static void EnsureSqliteDirectory(string connectionString)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(directory) && builder.DataSource != ":memory:")
        {
            Directory.CreateDirectory(directory);
        }
    }
}
