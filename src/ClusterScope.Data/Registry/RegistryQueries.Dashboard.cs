using ClusterScope.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Registry;

public sealed partial class RegistryQueries
{
    /// <summary>Headline figures and per-prefecture figures for the dashboard, for <paramref name="year"/> or the default year by coverage.</summary>
    public Task<DashboardSummary> DashboardAsync(int? year, CancellationToken ct) =>
        cache.GetAsync(db, $"dashboard:{year}", () => BuildDashboardAsync(year, ct), ct);

    private async Task<DashboardSummary> BuildDashboardAsync(int? year, CancellationToken ct)
    {
        var period = await ClusterPeriodsAsync(year, ct);
        var clusters = await ClusterRowsAsync(period, ct);
        var zones = await db.Zones.AsNoTracking().Select(z => new { z.Code, z.Level, z.PrefectureCode }).ToListAsync(ct);
        var enterprises = await db.Enterprises.AsNoTracking().GroupBy(e => e.Provenance).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var prefectures = await db.Regions.AsNoTracking().Where(r => r.Level == RegionLevel.Prefecture).OrderBy(r => r.Code)
            .Select(RegionProjection.WithoutGeometry).ToListAsync(ct);
        var tiers = Enum.GetValues<OutputTier>().ToDictionary(t => t, t => clusters.Count(c => c.Tier == t));
        var figures = prefectures.Select(p => new PrefectureFigures(p.Code, p.NameZh, p.NameEn,
            zones.Count(z => z.PrefectureCode == p.Code),
            clusters.Count(c => c.PrefectureCode == p.Code),
            clusters.Where(c => c.PrefectureCode == p.Code).Sum(c => c.Output ?? 0),
            OutputProvenance(clusters.Where(c => c.PrefectureCode == p.Code)))).ToList();
        return new DashboardSummary(period.Selected, zones.Count,
            zones.Count(z => z.Level == ZoneLevel.National), clusters.Count,
            enterprises.FirstOrDefault(e => e.Key == Provenance.Real)?.Count ?? 0,
            enterprises.FirstOrDefault(e => e.Key == Provenance.Sample)?.Count ?? 0,
            clusters.Sum(c => c.Output ?? 0), tiers, figures, period, OutputProvenance(clusters),
            clusters.Where(c => c.Tier >= OutputTier.Over2Bn).Sum(c => c.Output ?? 0));
    }

    private static FigureProvenance OutputProvenance(IEnumerable<ClusterRow> clusters) =>
        FigureProvenance.Of(clusters.Where(c => c.Output is not null).Select(c => c.FiguresAreSample));
}
