using System.Globalization;
using ClusterScope.Analytics;
using ClusterScope.Domain.Chains;
using ClusterScope.Domain.Leads;
using ClusterScope.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Chains;

/// <summary>Chain maps, gaps and ranked candidates for a place: a cluster, a zone, a prefecture (220100) or the province (220000).</summary>
/// <remarks>Figures are the enterprises' revenue (<c>enterprise_revenue</c>) and employment of one year, by default the latest
/// year with revenue figures. Placements follow <see cref="ChainPlacement"/> unless a hand placement overrides them. Relatedness
/// is measured over the places of the same level (clusters, zones or prefectures) on their GB/T class × revenue matrix, with
/// the analytics library (<see cref="PlaceOpportunities"/>); the province has no peers in the data, so its gaps are scored on
/// position and industry complexity (PCI over the prefectures) alone.</remarks>
public sealed class ChainMapService(ClusterScopeDbContext db, ChainSettings settings)
{
    /// <summary>The province's region code.</summary>
    public const string ProvinceCode = "220000";

    private const string Revenue = "enterprise_revenue";
    private const string Employment = "enterprise_employment";

    /// <summary>The place with this code, or null.</summary>
    public async Task<ChainPlace?> PlaceAsync(string? code, CancellationToken ct)
    {
        code = code?.Trim();
        if (string.IsNullOrEmpty(code))
        {
            return null;
        }

        if (await db.Clusters.AsNoTracking().FirstOrDefaultAsync(c => c.Code == code, ct) is { } cluster)
        {
            return new ChainPlace(cluster.Code, PlaceLevel.Cluster, cluster.NameZh, cluster.NameEn, [cluster.ZoneCode]);
        }

        if (await db.Zones.AsNoTracking().FirstOrDefaultAsync(z => z.Code == code, ct) is { } zone)
        {
            return new ChainPlace(zone.Code, PlaceLevel.Zone, zone.NameZh, zone.NameEn, [zone.Code]);
        }

        if (await db.Regions.AsNoTracking().FirstOrDefaultAsync(r => r.Code == code, ct) is not { } region
            || region.Level is not (RegionLevel.Prefecture or RegionLevel.Province))
        {
            return null;
        }

        var zones = await db.Zones.AsNoTracking().Where(z => region.Level == RegionLevel.Province || z.PrefectureCode == code)
            .OrderBy(z => z.Code).Select(z => z.Code).ToListAsync(ct);
        return new ChainPlace(region.Code, region.Level == RegionLevel.Province ? PlaceLevel.Province : PlaceLevel.Prefecture,
            region.NameZh, region.NameEn, zones);
    }

    /// <summary>The latest year with enterprise revenue figures, or null.</summary>
    public async Task<int?> LatestYearAsync(CancellationToken ct)
    {
        var periods = await db.Observations.AsNoTracking().Where(o => o.IndicatorCode == Revenue).Select(o => o.Period).Distinct().ToListAsync(ct);
        var years = periods.Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : (int?)null)
            .Where(y => y is not null).ToList();
        return years.Count == 0 ? null : years.Max();
    }

    /// <summary>The chain map of <paramref name="chain"/> in <paramref name="place"/> for <paramref name="year"/> (null: the latest).</summary>
    public async Task<ChainMap> MapAsync(ChainTemplate chain, ChainPlace place, int? year, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(place);
        year ??= await LatestYearAsync(ct);
        var enterprises = await EnterprisesAsync(place, ct);
        var figures = await FiguresAsync(year, enterprises.Select(e => e.Code).ToList(), ct);
        var manual = await db.SegmentPlacements.AsNoTracking().Where(p => p.ChainCode == chain.Code).ToDictionaryAsync(p => p.EnterpriseCode, ct);
        var placed = enterprises.Select(e =>
        {
            var automatic = ChainPlacement.Place(chain, e.IndustryCode, e.NameZh, e.NameEn, e.IndustryLabel);
            // A hand placement on a segment a later template version dropped is set aside: the rule applies again.
            var placement = manual.TryGetValue(e.Code, out var hand) && (hand.SegmentCode is null || chain.Segment(hand.SegmentCode) is not null)
                ? ChainPlacement.Manual(hand, automatic)
                : automatic;
            var (output, employment) = figures.GetValueOrDefault(e.Code);
            return new PlacedEnterprise(e.Code, e.NameZh, e.NameEn, e.ZoneCode, e.IndustryCode, e.IsLeading, output, employment, e.Provenance, placement);
        }).ToList();
        var total = placed.Where(p => p.Placement.IsPlaced).Sum(p => p.Output ?? 0);
        var segments = chain.Segments.Select(s =>
        {
            var on = placed.Where(p => p.Placement.SegmentCode == s.Code).OrderByDescending(p => p.Output ?? 0).ThenBy(p => p.Code).ToList();
            var output = on.Sum(p => p.Output ?? 0);
            var share = total > 0 ? output / total : 0;
            return new SegmentCoverage(s, settings.Status(on.Count, share, on.Any(p => p.IsLeading)), on, output,
                on.Sum(p => p.Employment ?? 0), share);
        }).ToList();
        var unplaced = placed.Where(p => p.Placement.Basis == PlacementBasis.Ambiguous).OrderBy(p => p.Code).ToList();
        return new ChainMap(chain, place, year, segments, unplaced, settings);
    }

    /// <summary>The scored gaps of <paramref name="chain"/> in <paramref name="place"/>.</summary>
    public async Task<ChainGaps> GapsAsync(ChainTemplate chain, ChainPlace place, int? year, CancellationToken ct)
    {
        var map = await MapAsync(chain, place, year, ct);
        var level = place.Level == PlaceLevel.Province ? PlaceLevel.Prefecture : place.Level;
        var (values, rows, columns) = await ComparisonAsync(level, map.Year, ct);
        var peers = rows.Count;
        var row = rows.IndexOf(place.Code);
        if (row < 0)
        {
            // A place with no revenue in the year has no row: it is compared as a row of zeros (nothing present).
            rows.Add(place.Code);
            values.Add(new double[columns.Count]);
            row = rows.Count - 1;
        }

        var matrix = new Matrix(values.Count, columns.Count, [.. values.SelectMany(v => v)]);
        var (industries, hasComplexity) = columns.Count == 0 ? ([], false) : PlaceOpportunities.Compute(matrix, columns, row);
        if (place.Level == PlaceLevel.Province)
        {
            // The province is not one of the prefectures: it has every industry any of them has, and no density.
            var totals = matrix.ColumnSums();
            industries = [.. industries.Select((i, p) => i with { Present = totals[p] > 0, Density = double.NaN, Cog = double.NaN })];
            hasComplexity = false;
        }

        var status = map.Segments.ToDictionary(s => s.Segment.Code, s => s.Status);
        var gaps = GapScoring.Score(chain, status, industries, settings);
        var zones = place.ZoneCodes.ToList();
        var open = await db.Leads.AsNoTracking()
            .Where(l => l.ChainCode == chain.Code && l.SegmentCode != null && l.Stage != LeadStage.Lost && zones.Contains(l.ZoneCode)
                && (place.Level != PlaceLevel.Cluster || l.ClusterCode == place.Code))
            .GroupBy(l => l.SegmentCode!).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return new ChainGaps(map, gaps, industries, place.Level == PlaceLevel.Province ? null : level, peers, hasComplexity, open);
    }

    /// <summary>The candidate firms that could fill a gap, ranked by the gap's score; only those of <paramref name="segment"/>
    /// when it is given.</summary>
    public async Task<IReadOnlyList<RankedCandidate>> CandidatesAsync(ChainGaps gaps, string? segment, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(gaps);
        var chain = gaps.Map.Chain;
        var byCode = gaps.Gaps.ToDictionary(g => g.SegmentCode);
        var candidates = await db.Candidates.AsNoTracking().OrderBy(c => c.Code).ToListAsync(ct);
        var ranked = new List<(Candidate Candidate, GapScore Gap, Placement Placement)>();
        foreach (var candidate in candidates)
        {
            var placement = ChainPlacement.Place(chain, candidate.IndustryCode, candidate.NameZh, candidate.NameEn, candidate.Notes);
            IEnumerable<string> fills = placement.SegmentCode is { } one ? [one] : placement.Basis == PlacementBasis.Ambiguous ? placement.Possible : [];
            var best = fills.Where(s => segment is null || s == segment).Select(s => byCode.GetValueOrDefault(s)).Where(g => g is not null)
                .OrderByDescending(g => g!.Score).FirstOrDefault();
            if (best is not null)
            {
                ranked.Add((candidate, best, placement));
            }
        }

        return [.. ranked.OrderByDescending(r => r.Gap.Score).ThenBy(r => r.Candidate.Code, StringComparer.Ordinal)
            .Select((r, i) => new RankedCandidate(r.Candidate, r.Gap, r.Placement, i + 1))];
    }

    private async Task<List<Enterprise>> EnterprisesAsync(ChainPlace place, CancellationToken ct)
    {
        var query = db.Enterprises.AsNoTracking();
        var zones = place.ZoneCodes.ToList();
        query = place.Level switch
        {
            PlaceLevel.Cluster => query.Where(e => e.ClusterCode == place.Code),
            PlaceLevel.Province => query,
            _ => query.Where(e => e.ZoneCode != null && zones.Contains(e.ZoneCode)),
        };
        return await query.OrderBy(e => e.Code).ToListAsync(ct);
    }

    private async Task<Dictionary<string, (double? Output, double? Employment)>> FiguresAsync(int? year, List<string>? codes, CancellationToken ct)
    {
        if (year is null)
        {
            return [];
        }

        var period = year.Value.ToString(CultureInfo.InvariantCulture);
        var query = db.Observations.AsNoTracking()
            .Where(o => o.EntityKind == EntityKind.Enterprise && o.Period == period && (o.IndicatorCode == Revenue || o.IndicatorCode == Employment));
        if (codes is not null)
        {
            query = query.Where(o => codes.Contains(o.EntityCode));
        }

        var rows = await query.Select(o => new { o.EntityCode, o.IndicatorCode, o.Value }).ToListAsync(ct);
        return rows.GroupBy(r => r.EntityCode).ToDictionary(g => g.Key, g => (
            g.Where(r => r.IndicatorCode == Revenue).Select(r => (double?)r.Value).FirstOrDefault(),
            g.Where(r => r.IndicatorCode == Employment).Select(r => (double?)r.Value).FirstOrDefault()));
    }

    /// <summary>The places of <paramref name="level"/> × GB/T codes matrix of enterprise revenue in the year.</summary>
    private async Task<(List<double[]> Values, List<string> Rows, List<string> Columns)> ComparisonAsync(PlaceLevel level, int? year, CancellationToken ct)
    {
        var enterprises = await db.Enterprises.AsNoTracking().Where(e => e.IndustryCode != null)
            .Select(e => new { e.Code, e.IndustryCode, e.ZoneCode, e.ClusterCode }).ToListAsync(ct);
        var prefectures = await db.Zones.AsNoTracking().ToDictionaryAsync(z => z.Code, z => z.PrefectureCode, ct);
        var figures = await FiguresAsync(year, null, ct);
        var cells = enterprises
            .Select(e => (Place: level switch
            {
                PlaceLevel.Cluster => e.ClusterCode,
                PlaceLevel.Zone => e.ZoneCode,
                _ => e.ZoneCode is null ? null : prefectures.GetValueOrDefault(e.ZoneCode),
            }, Industry: ChainPlacement.Digits(e.IndustryCode), Value: figures.GetValueOrDefault(e.Code).Output ?? 0))
            .Where(c => c.Place is not null && c.Industry is not null && c.Value > 0)
            .ToList();
        var rows = cells.Select(c => c.Place!).Distinct().Order(StringComparer.Ordinal).ToList();
        var columns = cells.Select(c => c.Industry!).Distinct().Order(StringComparer.Ordinal).ToList();
        var rowIndex = rows.Select((r, i) => (r, i)).ToDictionary(p => p.r, p => p.i);
        var columnIndex = columns.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
        var values = rows.Select(_ => new double[columns.Count]).ToList();
        foreach (var cell in cells)
        {
            values[rowIndex[cell.Place!]][columnIndex[cell.Industry!]] += cell.Value;
        }

        return (values, rows, columns);
    }
}
