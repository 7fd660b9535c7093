using ClusterScope.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Evaluation;

/// <summary>The indicator values of every development zone in one year, as an evaluation of zones takes them.</summary>
/// <remarks>Zone observations are taken as stored. The registry-derived indicators of the cluster template are computed:
/// <c>cluster_output</c> and <c>cluster_enterprises</c> sum the zone's clusters, <c>cluster_output_growth</c> compares that
/// sum with the year before (percent), <c>cluster_output_share</c> divides it by <c>zone_industrial_output</c> (percent),
/// <c>leading_enterprises</c> and <c>incubators</c> count the registry's records, <c>eco_industrial_status</c> is 0 none,
/// 1 provincial, 2 national. A stored zone observation wins over a derived value. Zones in code order. A value is
/// <c>sample</c> when any figure it comes from is (a sum over one sample cluster figure, a count of sample incubators);
/// a count of nothing and the registry's eco-industrial status are real.</remarks>
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
            .Select(o => new { o.EntityCode, o.IndicatorCode, o.Period, o.Value, o.Provenance }).ToListAsync(ct);
        var sums = clusterValues.Where(o => zoneOf.ContainsKey(o.EntityCode))
            .GroupBy(o => (Zone: zoneOf[o.EntityCode], o.IndicatorCode, o.Period))
            .ToDictionary(g => g.Key, g => new Figure(g.Sum(o => o.Value), g.Any(o => o.Provenance == Provenance.Sample)));
        var stored = (await db.Observations.AsNoTracking()
                .Where(o => o.EntityKind == EntityKind.Zone && o.Period == period && indicators.Contains(o.IndicatorCode))
                .Select(o => new { o.EntityCode, o.IndicatorCode, o.Value, o.Provenance }).ToListAsync(ct))
            .ToDictionary(o => (o.EntityCode, o.IndicatorCode), o => new Figure(o.Value, o.Provenance == Provenance.Sample));
        var leading = (await db.Enterprises.AsNoTracking().Where(e => e.IsLeading && e.ClusterCode != null)
                .Select(e => new { Cluster = e.ClusterCode!, e.Provenance }).ToListAsync(ct))
            .Where(e => zoneOf.ContainsKey(e.Cluster)).GroupBy(e => zoneOf[e.Cluster])
            .ToDictionary(g => g.Key, g => new Figure(g.Count(), g.Any(e => e.Provenance == Provenance.Sample)));
        var incubators = (await db.Incubators.AsNoTracking().Select(i => new { i.ZoneCode, i.Provenance }).ToListAsync(ct))
            .GroupBy(i => i.ZoneCode).ToDictionary(g => g.Key, g => new Figure(g.Count(), g.Any(i => i.Provenance == Provenance.Sample)));
        var none = new Figure(0, false);

        var values = new List<RunValue>();
        foreach (var zone in zones)
        {
            Figure? Sum(string indicator, string p) => sums.GetValueOrDefault((zone.Code, indicator, p));
            var output = Sum("cluster_output", period);
            var previous = Sum("cluster_output", before);
            var zoneOutput = stored.GetValueOrDefault((zone.Code, "zone_industrial_output"));
            var derived = new Dictionary<string, Figure?>(StringComparer.Ordinal)
            {
                ["cluster_output"] = output,
                ["cluster_output_growth"] = output is { } o && previous is { Value: > 0 } p
                    ? new Figure(((o.Value / p.Value) - 1) * 100, o.Sample || p.Sample) : null,
                ["cluster_output_share"] = output is { } s && zoneOutput is { Value: > 0 } z
                    ? new Figure(s.Value / z.Value * 100, s.Sample || z.Sample) : null,
                ["cluster_enterprises"] = Sum("cluster_enterprises", period),
                ["leading_enterprises"] = leading.GetValueOrDefault(zone.Code, none),
                ["incubators"] = incubators.GetValueOrDefault(zone.Code, none),
                ["eco_industrial_status"] = new Figure((int)zone.EcoIndustrialStatus, false),
            };
            foreach (var indicator in indicators)
            {
                var figure = stored.TryGetValue((zone.Code, indicator), out var v) ? v : derived.GetValueOrDefault(indicator);
                if (figure is { } f && double.IsFinite(f.Value))
                {
                    values.Add(new RunValue(zone.Code, indicator, f.Value, f.Sample));
                }
            }
        }

        return values;
    }

    private sealed record Figure(double Value, bool Sample);

    /// <summary>Each zone's level (<c>national</c>, <c>provincial</c>): the groups of a grouped run.</summary>
    public async Task<IReadOnlyDictionary<string, string>> LevelsAsync(CancellationToken ct) =>
        (await db.Zones.AsNoTracking().OrderBy(z => z.Code).Select(z => new { z.Code, z.Level }).ToListAsync(ct))
        .ToDictionary(z => z.Code, z => z.Level.ToString().ToLowerInvariant(), StringComparer.Ordinal);
}
