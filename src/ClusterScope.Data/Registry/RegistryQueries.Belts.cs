using ClusterScope.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Registry;

public sealed partial class RegistryQueries
{
    /// <summary>Every belt with its designated-industry clusters' count and output in <paramref name="year"/> (by default the year
    /// chosen by coverage, see <see cref="Periods"/>)
    /// and in <paramref name="baseYear"/> (by default the first complete year).</summary>
    public async Task<IReadOnlyList<BeltPerformance>> BeltPerformanceAsync(int? year, int? baseYear, CancellationToken ct)
    {
        var belts = await ListBeltsAsync(ct);
        var regions = await RegionsByCodeAsync(ct);
        var categories = await db.IndustryCategories.AsNoTracking().ToDictionaryAsync(c => c.Code, StringComparer.Ordinal, ct);
        var period = await ClusterPeriodsAsync(year, ct);
        var now = await ClusterRowsAsync(period, ct);
        var firstYear = baseYear ?? period.Periods.LastOrDefault(p => p.IsComplete)?.Year;
        var then = firstYear is null ? [] : await ClusterRowsAsync(period with { Selected = firstYear }, ct);
        return belts.Select(b =>
        {
            var prefectures = b.MemberPrefectures();
            var designated = b.DesignatedCategories();
            bool InBelt(ClusterRow c) => prefectures.Contains(c.PrefectureCode) && designated.Contains(c.CategoryCode);
            var current = now.Where(InBelt).ToList();
            var provenance = FigureProvenance.Of(current.Concat(then.Where(InBelt)).Where(c => c.Output is not null).Select(c => c.FiguresAreSample));
            return new BeltPerformance(b.Code, b.NameZh, b.NameEn,
                prefectures.Select(p => new NamedCode(p, regions.GetValueOrDefault(p)?.NameZh ?? p, regions.GetValueOrDefault(p)?.NameEn ?? p)).ToList(),
                designated.Select(c => new NamedCode(c, categories.GetValueOrDefault(c)?.NameZh ?? c, categories.GetValueOrDefault(c)?.NameEn ?? c)).ToList(),
                period.Selected, current.Count, current.Sum(c => c.Output ?? 0),
                firstYear, then.Where(InBelt).Sum(c => c.Output ?? 0), provenance.IsSample, provenance);
        }).ToList();
    }
}
