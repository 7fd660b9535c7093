using ClusterScope.Data.Registry;
using ClusterScope.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Data.Tests.Registry;

public abstract partial class RegistryTests
{
    [Fact]
    public async Task An_edit_saves_bumps_the_version_and_is_audited_field_by_field()
    {
        await using var scope = database.Scope();
        var zone = (await scope.ServiceProvider.GetRequiredService<RegistryQueries>().GetZoneAsync("22102001", null, default))?.Zone
                   ?? (await scope.ServiceProvider.GetRequiredService<RegistryQueries>().ListZonesAsync(new ZoneFilter(Prefecture: "220300"), new PageRequest(1, 1), default)).Items[0];
        var edit = new ZoneEdit(zone.NameZh, zone.NameEn + " (edited)", zone.LeadingIndustriesZh, zone.LeadingIndustriesEn, 1234.5, EcoIndustrialStatus.Provincial, zone.Version);
        var outcome = await scope.ServiceProvider.GetRequiredService<RegistryEditor>().UpdateZoneAsync(zone.Code, edit, Tester, default);

        Assert.Equal(EditStatus.Saved, outcome.Status);
        Assert.Equal(zone.Version + 1, outcome.Version);
        await using var check = database.Scope();
        var db = check.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
        var saved = await db.Zones.SingleAsync(z => z.Code == zone.Code);
        Assert.Equal(zone.NameEn + " (edited)", saved.NameEn);
        var audit = await db.AuditEntries.Where(a => a.EntityCode == zone.Code && a.Actor == "tester").ToListAsync();
        Assert.Contains(audit, a => a.Field == "NameEn" && a.OldValue == zone.NameEn && a.NewValue == saved.NameEn);
        Assert.Contains(audit, a => a.Field == "EcoIndustrialStatus" && a.NewValue == "Provincial");
        Assert.DoesNotContain(audit, a => a.Field == "Version");
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict_and_writes_nothing()
    {
        await using var scope = database.Scope();
        var editor = scope.ServiceProvider.GetRequiredService<RegistryEditor>();
        var cluster = (await scope.ServiceProvider.GetRequiredService<RegistryQueries>().ListClustersAsync(new ClusterFilter(Category: "textiles"), PageRequest.All, default)).Items[0];
        var first = await editor.UpdateClusterAsync(cluster.Code, new ClusterEdit(cluster.NameZh, "First editor", cluster.Version), Tester, default);
        Assert.Equal(EditStatus.Saved, first.Status);

        await using var other = database.Scope();
        var second = await other.ServiceProvider.GetRequiredService<RegistryEditor>()
            .UpdateClusterAsync(cluster.Code, new ClusterEdit(cluster.NameZh, "Second editor", cluster.Version), Tester, default);

        Assert.Equal(EditStatus.Conflict, second.Status);
        await using var check = database.Scope();
        var saved = await check.ServiceProvider.GetRequiredService<ClusterScopeDbContext>().Clusters.SingleAsync(c => c.Code == cluster.Code);
        Assert.Equal("First editor", saved.NameEn);
    }

    [Fact]
    public async Task An_invalid_edit_names_the_field_and_writes_nothing()
    {
        await using var scope = database.Scope();
        var zone = (await scope.ServiceProvider.GetRequiredService<RegistryQueries>().ListZonesAsync(new ZoneFilter(Prefecture: "220800"), new PageRequest(1, 1), default)).Items[0];
        var outcome = await scope.ServiceProvider.GetRequiredService<RegistryEditor>().UpdateZoneAsync(zone.Code,
            new ZoneEdit(" ", zone.NameEn, null, null, -5, EcoIndustrialStatus.None, zone.Version), Tester, default);

        Assert.Equal(EditStatus.Invalid, outcome.Status);
        Assert.Contains("nameZh", outcome.Errors!.Keys);
        Assert.Contains("areaHectares", outcome.Errors!.Keys);
        await using var check = database.Scope();
        Assert.Equal(zone.Version, (await check.ServiceProvider.GetRequiredService<ClusterScopeDbContext>().Zones.SingleAsync(z => z.Code == zone.Code)).Version);
    }

    [Fact]
    public async Task Editing_a_missing_zone_is_not_found()
    {
        await using var scope = database.Scope();
        var outcome = await scope.ServiceProvider.GetRequiredService<RegistryEditor>().UpdateZoneAsync("NOPE",
            new ZoneEdit("名", "Name", null, null, null, EcoIndustrialStatus.None, 0), Tester, default);
        Assert.Equal(EditStatus.NotFound, outcome.Status);
    }
}
