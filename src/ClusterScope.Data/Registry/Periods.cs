using ClusterScope.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Registry;

/// <summary>The one place that decides which year a page, an endpoint or a command shows by default: the latest year whose
/// coverage reaches <see cref="PeriodSettings.MinimumCoverage"/>, never merely the newest year anyone reported.</summary>
/// <remarks>Coverage counts the expected entities (every entity of the kind in the registry, or those given) with a yearly
/// figure; figures of entities not expected do not count. One query reads the indicator's yearly (entity, period, provenance)
/// triples; a province has a few thousand.</remarks>
public sealed class Periods(ClusterScopeDbContext db, PeriodSettings settings, RegistryCache cache)
{
    /// <summary>The years of <paramref name="indicator"/> for <paramref name="kind"/> with their coverage, and the year to show.</summary>
    /// <param name="kind">The kind of entity that reports it.</param>
    /// <param name="indicator">The indicator's code.</param>
    /// <param name="requested">The year asked for; null for the default.</param>
    /// <param name="expected">The entities expected to report; null for every entity of <paramref name="kind"/> in the registry.</param>
    /// <param name="ct">Cancellation.</param>
    public Task<PeriodChoice> ChooseAsync(EntityKind kind, string indicator, int? requested, IReadOnlyCollection<string>? expected, CancellationToken ct) =>
        expected is null
            ? cache.GetAsync(db, $"periods:{kind}:{indicator}:{requested}:{settings.MinimumCoverage.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}", () => BuildAsync(kind, indicator, requested, null, ct), ct)
            : BuildAsync(kind, indicator, requested, expected, ct);

    private async Task<PeriodChoice> BuildAsync(EntityKind kind, string indicator, int? requested, IReadOnlyCollection<string>? expected, CancellationToken ct)
    {
        var expectedCodes = (expected ?? await RegisteredAsync(kind, ct)).ToHashSet(StringComparer.Ordinal);
        var figures = await db.Observations.AsNoTracking()
            .Where(o => o.EntityKind == kind && o.IndicatorCode == indicator && o.Period.Length == 4)
            .Select(o => new { o.Period, o.EntityCode, o.Provenance }).ToListAsync(ct);
        var periods = figures.Where(f => expectedCodes.Contains(f.EntityCode) && ReportingPeriod.IsValid(f.Period))
            .GroupBy(f => ReportingPeriod.Year(f.Period))
            .Select(g =>
            {
                var reported = g.Select(f => f.EntityCode).Distinct(StringComparer.Ordinal).Count();
                var share = expectedCodes.Count == 0 ? 0 : (double)reported / expectedCodes.Count;
                return new PeriodCoverage(g.Key, reported, expectedCodes.Count, g.Count(f => f.Provenance == Provenance.Sample), share >= settings.MinimumCoverage);
            })
            .OrderByDescending(p => p.Year).ToList();
        var best = periods.FirstOrDefault(p => p.IsComplete) ?? periods.OrderByDescending(p => p.Share).ThenByDescending(p => p.Year).FirstOrDefault();
        return new PeriodChoice(kind, indicator, settings.MinimumCoverage, periods, best?.Year, requested ?? best?.Year);
    }

    private async Task<List<string>> RegisteredAsync(EntityKind kind, CancellationToken ct) => kind switch
    {
        EntityKind.Cluster => await db.Clusters.AsNoTracking().Select(c => c.Code).ToListAsync(ct),
        EntityKind.Zone => await db.Zones.AsNoTracking().Select(z => z.Code).ToListAsync(ct),
        EntityKind.Enterprise => await db.Enterprises.AsNoTracking().Select(e => e.Code).ToListAsync(ct),
        _ => await db.Regions.AsNoTracking().Select(r => r.Code).ToListAsync(ct),
    };
}
