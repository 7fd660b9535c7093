using ClusterScope.Data;
using ClusterScope.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Web.Tests.Periods;

/// <summary>The app on its own database to which one zone's approved, real 2025 cluster output (2,300) has been added: the year
/// after the sample series, reported by one cluster of all.</summary>
public sealed class PeriodApp : TestApp, IAsyncLifetime
{
    public string Cluster { get; private set; } = null!;

    public new async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
        Cluster = await db.Clusters.OrderBy(c => c.Code).Select(c => c.Code).FirstAsync();
        db.Observations.Add(new Observation
        {
            EntityKind = EntityKind.Cluster, EntityCode = Cluster, IndicatorCode = "cluster_output", Period = "2025", Value = 2300,
            Status = ObservationStatus.Verified, Provenance = Provenance.Real, Source = "zone submission",
        });
        await db.SaveChangesAsync();
    }
}
