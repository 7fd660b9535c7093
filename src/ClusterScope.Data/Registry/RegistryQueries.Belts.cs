using ClusterScope.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Registry;

public sealed partial class RegistryQueries
{
    /// <summary>Every belt with its designated-industry clusters' count and output in <paramref name="year"/> (latest by default)
    /// and in <paramref name="baseYear"/> (the first year with data by default).</summary>
    public async Task<IReadOnlyList<BeltPerformance>> BeltPerformanceAsync(int? year, int? baseYear, CancellationToken ct)
    {
        var belts = await ListBeltsAsync(ct);
        var regions = await RegionsByCodeAsync(ct);
        var categories = await db.IndustryCategories.AsNoTracking().ToDictionaryAsync(c => c.Code, StringComparer.Ordinal, ct);
        var now = await ClusterRowsAsync(year, ct);
        var firstYear = baseYear ?? await FirstYearAsync("cluster_output", ct);
        var then = firstYear is null ? [] : await ClusterRowsAsync(firstYear, ct);
        return belts.Select(b =>
        {
            var prefectures = b.MemberPrefectures();
            var designated = b.DesignatedCategories();
            bool InBelt(ClusterRow c) => prefectures.Contains(c.PrefectureCode) && designated.Contains(c.CategoryCode);
            var current = now.Where(InBelt).ToList();
            return new BeltPerformance(b.Code, b.NameZh, b.NameEn,
                prefectures.Select(p => new NamedCode(p, regions.GetValueOrDefault(p)?.NameZh ?? p, regions.GetValueOrDefault(p)?.NameEn ?? p)).ToList(),
                designated.Select(c => new NamedCode(c, categories.GetValueOrDefault(c)?.NameZh ?? c, categories.GetValueOrDefault(c)?.NameEn ?? c)).ToList(),
                current.FirstOrDefault(c => c.Year is not null)?.Year ?? year, current.Count, current.Sum(c => c.Output ?? 0),
                firstYear, then.Where(InBelt).Sum(c => c.Output ?? 0), current.Any(c => c.FiguresAreSample));
        }).ToList();
    }

    private async Task<int?> FirstYearAsync(string indicator, CancellationToken ct)
    {
        var periods = await db.Observations.AsNoTracking().Where(o => o.IndicatorCode == indicator).Select(o => o.Period).Distinct().ToListAsync(ct);
        var years = periods.Where(ReportingPeriod.IsValid).Where(p => p.Length == 4).Select(ReportingPeriod.Year).ToList();
        return years.Count == 0 ? null : years.Min();
    }
}
