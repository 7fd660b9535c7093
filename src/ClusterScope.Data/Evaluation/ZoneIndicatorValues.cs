using ClusterScope.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Evaluation;

/// <summary>The indicator values of every development zone in one year, as an evaluation of zones takes them.</summary>
/// <remarks>Zone observations are taken as stored. The registry-derived indicators of the cluster template are computed:
/// <c>cluster_output</c> and <c>cluster_enterprises</c> sum the zone's clusters, <c>cluster_output_growth</c> compares that
/// sum with the year before (percent), <c>cluster_output_share</c> divides it by <c>zone_industrial_output</c> (percent),
/// <c>leading_enterprises</c> and <c>incubators</c> count the registry's records, <c>eco_industrial_status</c> is 0 none,
/// 1 provincial, 2 national. A stored zone observation wins over a derived value. Zones in code order.</remarks>
public sealed class ZoneIndicatorValues(ClusterScopeDbContext db)
{
    /// <summary>The values of <paramref name="indicators"/> for every zone in <paramref name="year"/>; missing values are left out.</summary>
    public async Task<IReadOnlyList<RunValue>> ReadAsync(int year, IReadOnlyCollection<string> indicators, CancellationToken ct)
    {
        var period = year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var before = (year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var zones = await db.Zones.AsNoTracking().OrderBy(z => z.Code).Select(z => new { z.Code, z.EcoIndustrialStatus }).ToListAsync(ct);
        var clusters = await db.Clusters.AsNoTracking().Select(c => new { c.Code, c.ZoneCode }).ToListAsync(ct);
        var zoneOf = clusters.ToDictionary(c => c.Code, c => c.ZoneCode, StringComparer.Ordinal);
        var clusterValues = await db.Observations.AsNoTracking()
            .Where(o => o.EntityKind == EntityKind.Cluster && (o.Period == period || o.Period == before)
                && (o.IndicatorCode == "cluster_output" || o.IndicatorCode == "cluster_enterprises"))
            .Select(o => new { o.EntityCode, o.IndicatorCode, o.Period, o.Value }).ToListAsync(ct);
        var sums = clusterValues.Where(o => zoneOf.ContainsKey(o.EntityCode))
            .GroupBy(o => (Zone: zoneOf[o.EntityCode], o.IndicatorCode, o.Period))
            .ToDictionary(g => g.Key, g => g.Sum(o => o.Value));
        var stored = (await db.Observations.AsNoTracking()
                .Where(o => o.EntityKind == EntityKind.Zone && o.Period == period && indicators.Contains(o.IndicatorCode))
                .Select(o => new { o.EntityCode, o.IndicatorCode, o.Value }).ToListAsync(ct))
            .ToDictionary(o => (o.EntityCode, o.IndicatorCode), o => o.Value);
        var leading = (await db.Enterprises.AsNoTracking().Where(e => e.IsLeading && e.ClusterCode != null).Select(e => e.ClusterCode!).ToListAsync(ct))
            .Where(zoneOf.ContainsKey).GroupBy(c => zoneOf[c]).ToDictionary(g => g.Key, g => g.Count());
        var incubators = (await db.Incubators.AsNoTracking().Select(i => i.ZoneCode).ToListAsync(ct))
            .GroupBy(z => z).ToDictionary(g => g.Key, g => g.Count());

        var values = new List<RunValue>();
        foreach (var zone in zones)
        {
            double? Sum(string indicator, string p) => sums.TryGetValue((zone.Code, indicator, p), out var s) ? s : null;
            var output = Sum("cluster_output", period);
            var previous = Sum("cluster_output", before);
            stored.TryGetValue((zone.Code, "zone_industrial_output"), out var zoneOutput);
            var derived = new Dictionary<string, double?>(StringComparer.Ordinal)
            {
                ["cluster_output"] = output,
                ["cluster_output_growth"] = output is { } o && previous is > 0 ? ((o / previous.Value) - 1) * 100 : null,
                ["cluster_output_share"] = output is { } s && zoneOutput > 0 ? s / zoneOutput * 100 : null,
                ["cluster_enterprises"] = Sum("cluster_enterprises", period),
                ["leading_enterprises"] = leading.GetValueOrDefault(zone.Code),
                ["incubators"] = incubators.GetValueOrDefault(zone.Code),
                ["eco_industrial_status"] = (int)zone.EcoIndustrialStatus,
            };
            foreach (var indicator in indicators)
            {
                var value = stored.TryGetValue((zone.Code, indicator), out var v) ? v : derived.GetValueOrDefault(indicator);
                if (value is { } x && double.IsFinite(x))
                {
                    values.Add(new RunValue(zone.Code, indicator, x));
                }
            }
        }

        return values;
    }

    /// <summary>Each zone's level (<c>national</c>, <c>provincial</c>): the groups of a grouped run.</summary>
    public async Task<IReadOnlyDictionary<string, string>> LevelsAsync(CancellationToken ct) =>
        (await db.Zones.AsNoTracking().OrderBy(z => z.Code).Select(z => new { z.Code, z.Level }).ToListAsync(ct))
        .ToDictionary(z => z.Code, z => z.Level.ToString().ToLowerInvariant(), StringComparer.Ordinal);
}
