using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ClusterScope.Data.Providers;

/// <summary>Lets <c>dotnet ef migrations add … -c SqliteClusterScopeDb</c> build the SQLite model.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteClusterScopeDb>
{
    /// <inheritdoc />
    public SqliteClusterScopeDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteClusterScopeDb>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Lets <c>dotnet ef migrations add … -c PostgresClusterScopeDb</c> build the PostgreSQL model.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresClusterScopeDb>
{
    /// <inheritdoc />
    public PostgresClusterScopeDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresClusterScopeDb>().UseNpgsql("Host=127.0.0.1").Options);
}
