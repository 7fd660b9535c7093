using ClusterScope.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ClusterScope.Web.Features.Health;

/// <summary>Healthy when the database answers a query on one of the app's tables.</summary>
/// <remarks>A query rather than <c>CanConnect</c>: SQLite "connects" to a removed file by creating an empty one.</remarks>
internal sealed class DatabaseHealthCheck(ClusterScopeDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await db.Zones.AsNoTracking().AnyAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("The database cannot be queried.", e);
        }
    }
}
