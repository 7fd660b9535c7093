using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Providers;

/// <summary>The model on SQLite, the embedded default.</summary>
public sealed class SqliteClusterScopeDb(DbContextOptions<SqliteClusterScopeDb> options) : ClusterScopeDbContext(options);
