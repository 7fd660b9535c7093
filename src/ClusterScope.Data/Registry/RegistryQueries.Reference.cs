using ClusterScope.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Registry;

public sealed partial class RegistryQueries
{
    /// <summary>Regions, optionally of one level or under one parent, ordered by code; geometry is left out (see <see cref="RegionGeometryAsync"/>).</summary>
    public async Task<Page<Region>> ListRegionsAsync(RegionLevel? level, string? parent, PageRequest page, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(page);
        var query = db.Regions.AsNoTracking();
        query = level is null ? query : query.Where(r => r.Level == level);
        query = parent is null ? query : query.Where(r => r.ParentCode == parent);
        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(r => r.Code).Skip(page.Offset).Take(page.PageSize)
            .Select(RegionProjection.WithoutGeometry)
            .ToListAsync(ct);
        return new Page<Region>(items, total, page.Page, page.PageSize);
    }

    /// <summary>A GeoJSON FeatureCollection of the regions of one level (properties: code, name_zh, name_en).</summary>
    public async Task<string> RegionGeometryAsync(RegionLevel level, CancellationToken ct)
    {
        var regions = await db.Regions.AsNoTracking().Where(r => r.Level == level && r.GeometryGeoJson != null).OrderBy(r => r.Code).ToListAsync(ct);
        var features = regions.Select(r =>
            $$"""{"type":"Feature","properties":{"code":"{{r.Code}}","name_zh":{{System.Text.Json.JsonSerializer.Serialize(r.NameZh)}},"name_en":{{System.Text.Json.JsonSerializer.Serialize(r.NameEn)}}},"geometry":{{r.GeometryGeoJson}}}""");
        return $$"""{"type":"FeatureCollection","features":[{{string.Join(",", features)}}]}""";
    }

    /// <summary>Enterprises, filtered and paged by the database.</summary>
    public async Task<Page<Enterprise>> ListEnterprisesAsync(EnterpriseFilter filter, PageRequest page, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(page);
        var query = db.Enterprises.AsNoTracking();
        query = filter.Zone is null ? query : query.Where(e => e.ZoneCode == filter.Zone);
        query = filter.Cluster is null ? query : query.Where(e => e.ClusterCode == filter.Cluster);
        query = filter.Leading is null ? query : query.Where(e => e.IsLeading == filter.Leading);
        query = filter.Provenance is null ? query : query.Where(e => e.Provenance == filter.Provenance);
        query = string.IsNullOrWhiteSpace(filter.Search) ? query : query.Where(e => e.NameZh.Contains(filter.Search) || e.NameEn.Contains(filter.Search) || e.Code.Contains(filter.Search));
        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(e => e.Code).Skip(page.Offset).Take(page.PageSize).ToListAsync(ct);
        return new Page<Enterprise>(items, total, page.Page, page.PageSize);
    }

    /// <summary>Observations, filtered and paged by the database, ordered by entity, indicator and period.</summary>
    public async Task<Page<Observation>> ListObservationsAsync(ObservationFilter filter, PageRequest page, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(page);
        var query = db.Observations.AsNoTracking();
        query = filter.EntityKind is null ? query : query.Where(o => o.EntityKind == filter.EntityKind);
        query = filter.Entity is null ? query : query.Where(o => o.EntityCode == filter.Entity);
        query = filter.Indicator is null ? query : query.Where(o => o.IndicatorCode == filter.Indicator);
        query = filter.Period is null ? query : query.Where(o => o.Period == filter.Period);
        query = filter.Provenance is null ? query : query.Where(o => o.Provenance == filter.Provenance);
        // The count scans every matching row; it changes only with the data, so it is kept under the data stamp.
        var total = (await cache.GetAsync(db, $"observations:{filter}", async () => new Count(await query.CountAsync(ct)), ct)).Value;
        var items = await query.OrderBy(o => o.EntityKind).ThenBy(o => o.EntityCode).ThenBy(o => o.IndicatorCode).ThenBy(o => o.Period)
            .Skip(page.Offset).Take(page.PageSize).ToListAsync(ct);
        return new Page<Observation>(items, total, page.Page, page.PageSize);
    }

    /// <summary>Industry categories in the programme's order.</summary>
    public async Task<IReadOnlyList<IndustryCategory>> ListCategoriesAsync(CancellationToken ct) =>
        await db.IndustryCategories.AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync(ct);

    /// <summary>Belts.</summary>
    public async Task<IReadOnlyList<Belt>> ListBeltsAsync(CancellationToken ct) =>
        await db.Belts.AsNoTracking().OrderBy(b => b.Code).ToListAsync(ct);

    /// <summary>Incubators.</summary>
    public async Task<IReadOnlyList<Incubator>> ListIncubatorsAsync(CancellationToken ct) =>
        await db.Incubators.AsNoTracking().OrderBy(i => i.Code).ToListAsync(ct);

    /// <summary>Indicator definitions.</summary>
    public async Task<IReadOnlyList<Indicator>> ListIndicatorsAsync(CancellationToken ct) =>
        await db.Indicators.AsNoTracking().OrderBy(i => i.Code).ToListAsync(ct);

    private sealed record Count(int Value);
}
