using ClusterScope.Data.Auditing;
using ClusterScope.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Data.Tests.Auditing;

/// <summary>The audit log is append-only in code and in the database, on both providers.</summary>
public abstract class AuditAppendOnlyTests(bool postgres) : IAsyncLifetime
{
    private DatabaseSettings _settings = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        _settings = postgres ? await TestDatabases.NewPostgresAsync() : TestDatabases.NewSqlite();
        _services = TestDatabases.Services(_settings);
        await using var scope = _services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(default);
        var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
        db.AuditEntries.Add(new AuditEntry
        {
            AtUtc = DateTime.UtcNow, Actor = "tester", Origin = "test", EntityType = "DevelopmentZone", EntityCode = "Z1",
            Action = "Updated", Field = "NameEn", OldValue = "Old", NewValue = "New",
        });
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await TestDatabases.DropAsync(_settings);
    }

    [Theory]
    [InlineData("""UPDATE "AuditEntries" SET "NewValue" = 'Forged'""")]
    [InlineData("""DELETE FROM "AuditEntries" """)]
    public async Task Sql_update_or_delete_of_the_audit_log_fails_and_changes_nothing(string sql)
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
        var error = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync(sql));
        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
        var entry = Assert.Single(await db.AuditEntries.AsNoTracking().ToListAsync());
        Assert.Equal("New", entry.NewValue);
    }

    [Fact]
    public async Task Sql_insert_into_the_audit_log_still_works()
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "AuditEntries" ("AtUtc", "Actor", "Origin", "EntityType", "EntityCode", "Action")
            VALUES ({0}, 'tester', 'test', 'Cluster', 'C1', 'Created')
            """, DateTime.UtcNow);
        Assert.Equal(2, await db.AuditEntries.CountAsync());
    }

    [Fact]
    public async Task Changing_an_audit_entry_through_the_context_is_refused_before_the_database()
    {
        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
        var entry = await db.AuditEntries.SingleAsync();
        entry.NewValue = "Forged";
        var changed = await Assert.ThrowsAsync<AuditLogAppendOnlyException>(() => db.SaveChangesAsync());
        Assert.Contains("cannot be changed", changed.Message, StringComparison.Ordinal);

        db.ChangeTracker.Clear();
        db.AuditEntries.Remove(await db.AuditEntries.SingleAsync());
        var deleted = await Assert.ThrowsAsync<AuditLogAppendOnlyException>(() => db.SaveChangesAsync());
        Assert.Contains("cannot be deleted", deleted.Message, StringComparison.Ordinal);

        await using var fresh = _services.CreateAsyncScope();
        var stored = await fresh.ServiceProvider.GetRequiredService<ClusterScopeDbContext>().AuditEntries.SingleAsync();
        Assert.Equal("New", stored.NewValue);
    }
}

public sealed class SqliteAuditAppendOnlyTests() : AuditAppendOnlyTests(postgres: false);

public sealed class PostgresAuditAppendOnlyTests() : AuditAppendOnlyTests(postgres: true);
