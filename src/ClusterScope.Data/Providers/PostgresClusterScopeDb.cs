using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Providers;

/// <summary>The model on PostgreSQL, for production.</summary>
public sealed class PostgresClusterScopeDb(DbContextOptions<PostgresClusterScopeDb> options) : ClusterScopeDbContext(options);
