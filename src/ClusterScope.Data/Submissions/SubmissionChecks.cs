using System.Text.Json;
using ClusterScope.Domain.Plausibility;
using ClusterScope.Domain.Registry;
using ClusterScope.Domain.Submissions;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Submissions;

/// <summary>The plausibility flags of a zone's submitted figures, from <see cref="PlausibilityChecker"/>.</summary>
/// <remarks>The history is every approved observation of the zone, its clusters and their enterprises, all periods: a
/// superset of the figures' own entities, parts and wholes, so that parts-above-the-whole sums every cluster of the zone.</remarks>
public sealed class SubmissionChecks(ClusterScopeDbContext db)
{
    /// <summary>The flags the figures raise against the approved history of <paramref name="zoneCode"/>, ready to store.</summary>
    public async Task<List<SubmissionFlag>> FlagsAsync(string zoneCode, IReadOnlyList<SubmissionFigure> figures, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(figures);
        if (figures.Count == 0)
        {
            return [];
        }

        var clusters = await db.Clusters.AsNoTracking().Where(c => c.ZoneCode == zoneCode).Select(c => c.Code).ToListAsync(ct);
        var enterprises = await db.Enterprises.AsNoTracking()
            .Where(e => e.ZoneCode == zoneCode || (e.ClusterCode != null && clusters.Contains(e.ClusterCode)))
            .Select(e => new { e.Code, e.ClusterCode }).ToListAsync(ct);
        var parents = new Dictionary<EntityRef, EntityRef>();
        foreach (var cluster in clusters)
        {
            parents[new EntityRef(EntityKind.Cluster, cluster)] = new EntityRef(EntityKind.Zone, zoneCode);
        }

        foreach (var enterprise in enterprises.Where(e => e.ClusterCode is not null))
        {
            parents[new EntityRef(EntityKind.Enterprise, enterprise.Code)] = new EntityRef(EntityKind.Cluster, enterprise.ClusterCode!);
        }

        var enterpriseCodes = enterprises.Select(e => e.Code).ToList();
        var history = await db.Observations.AsNoTracking()
            .Where(o => (o.EntityKind == EntityKind.Zone && o.EntityCode == zoneCode)
                || (o.EntityKind == EntityKind.Cluster && clusters.Contains(o.EntityCode))
                || (o.EntityKind == EntityKind.Enterprise && enterpriseCodes.Contains(o.EntityCode)))
            .Select(o => new ReportedFigure(o.EntityKind, o.EntityCode, o.IndicatorCode, o.Period, o.Value))
            .ToListAsync(ct);
        var submitted = figures.Select(f => new ReportedFigure(f.EntityKind, f.EntityCode, f.IndicatorCode, f.Period, f.Value)).ToList();
        return [.. PlausibilityChecker.Check(submitted, history, parents, PlausibilitySettings.Default).Select(f => new SubmissionFlag
        {
            Rule = f.Rule.ToString(), EntityKind = f.Kind, EntityCode = f.EntityCode, IndicatorCode = f.IndicatorCode, Period = f.Period,
            Message = f.Message, MessageZh = f.MessageZh, NumbersJson = JsonSerializer.Serialize(f.Numbers),
        })];
    }
}
