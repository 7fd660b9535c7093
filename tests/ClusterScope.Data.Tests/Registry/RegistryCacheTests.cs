using ClusterScope.Data.Auditing;
using ClusterScope.Data.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Data.Tests.Registry;

/// <summary>Registry read models are kept between requests until a change is audited, on SQLite and PostgreSQL.</summary>
public abstract class RegistryCacheTests(LoadedDatabase database)
{
    [Fact]
    public async Task A_kept_listing_is_reused_until_a_change_and_then_shows_it()
    {
        var first = await ZoneAsync("22101001");
        Assert.Same(first, await ZoneAsync("22101001"));
        var dashboard = await DashboardAsync();
        Assert.Same(dashboard, await DashboardAsync());

        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
            db.Audit = new AuditScope("cache-test", "test");
            var zone = await db.Zones.SingleAsync(z => z.Code == "22101001");
            zone.NameEn = "Changchun ETDZ (cache test)";
            await db.SaveChangesAsync();
        }

        var changed = await ZoneAsync("22101001");
        Assert.NotSame(first, changed);
        Assert.Equal("Changchun ETDZ (cache test)", changed.NameEn);
        Assert.NotSame(dashboard, await DashboardAsync());
    }

    [Fact]
    public async Task A_kept_observation_count_follows_an_added_observation()
    {
        var filter = new ObservationFilter(Indicator: "cluster_output");
        var before = await CountAsync(filter);
        Assert.Equal(before, await CountAsync(filter));
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
            db.Audit = new AuditScope("cache-test", "test");
            var cluster = await db.Clusters.AsNoTracking().OrderBy(c => c.Code).Select(c => c.Code).FirstAsync();
            db.Observations.Add(new Domain.Registry.Observation
            {
                EntityKind = Domain.Registry.EntityKind.Cluster, EntityCode = cluster, IndicatorCode = "cluster_output", Period = "2031", Value = 1,
            });
            await db.SaveChangesAsync();
        }

        Assert.Equal(before + 1, await CountAsync(filter));
    }

    [Fact]
    public async Task The_stamp_is_the_newest_audit_entry()
    {
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
        Assert.Equal(await db.AuditEntries.MaxAsync(a => a.Id), await RegistryCache.StampAsync(db, default));
    }

    private async Task<ZoneRow> ZoneAsync(string code)
    {
        await using var scope = database.Scope();
        var page = await scope.ServiceProvider.GetRequiredService<RegistryQueries>().ListZonesAsync(new ZoneFilter(), PageRequest.All, default);
        return page.Items.Single(z => z.Code == code);
    }

    private async Task<int> CountAsync(ObservationFilter filter)
    {
        await using var scope = database.Scope();
        return (await scope.ServiceProvider.GetRequiredService<RegistryQueries>().ListObservationsAsync(filter, new PageRequest(1, 10), default)).Total;
    }

    private async Task<DashboardSummary> DashboardAsync()
    {
        await using var scope = database.Scope();
        return await scope.ServiceProvider.GetRequiredService<RegistryQueries>().DashboardAsync(null, default);
    }
}

public sealed class SqliteRegistryCacheTests(SqliteDatabase database) : RegistryCacheTests(database), IClassFixture<SqliteDatabase>;

public sealed class PostgresRegistryCacheTests(PostgresDatabase database) : RegistryCacheTests(database), IClassFixture<PostgresDatabase>;
