using ClusterScope.Data.DefaultData;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Data.Tests;

/// <summary>A database of one provider, migrated and loaded with the Jilin data set once for a test class.</summary>
public abstract class LoadedDatabase : IAsyncLifetime
{
    public DatabaseSettings Settings { get; private set; } = null!;

    public ServiceProvider Services { get; private set; } = null!;

    public IReadOnlyDictionary<string, int> FirstLoad { get; private set; } = null!;

    protected abstract Task<DatabaseSettings> CreateAsync();

    public async Task InitializeAsync()
    {
        Settings = await CreateAsync();
        Services = TestDatabases.Services(Settings);
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(default);
        FirstLoad = await scope.ServiceProvider.GetRequiredService<DatasetLoader>().LoadAsync("jilin", null, default);
    }

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        await TestDatabases.DropAsync(Settings);
    }

    public AsyncServiceScope Scope() => Services.CreateAsyncScope();
}

public sealed class SqliteDatabase : LoadedDatabase
{
    protected override Task<DatabaseSettings> CreateAsync() => Task.FromResult(TestDatabases.NewSqlite());
}

public sealed class PostgresDatabase : LoadedDatabase
{
    protected override Task<DatabaseSettings> CreateAsync() => TestDatabases.NewPostgresAsync();
}
