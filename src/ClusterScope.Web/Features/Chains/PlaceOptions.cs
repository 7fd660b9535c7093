using ClusterScope.Data;
using ClusterScope.Data.Chains;
using ClusterScope.Domain.Registry;
using ClusterScope.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Web.Features.Chains;

/// <summary>The places a chain map can be drawn for, as the place picker lists them: the province, its prefectures, its zones.</summary>
internal static class PlaceOptions
{
    public static async Task<IReadOnlyList<(string Code, string Name, string Group)>> LoadAsync(ClusterScopeDbContext db, Microsoft.Extensions.Localization.IStringLocalizer text,
        CancellationToken ct)
    {
        var regions = await db.Regions.AsNoTracking().Where(r => r.Level == RegionLevel.Province || r.Level == RegionLevel.Prefecture)
            .OrderBy(r => r.Code).Select(r => new { r.Code, r.NameZh, r.NameEn, r.Level }).ToListAsync(ct);
        var zones = await db.Zones.AsNoTracking().OrderBy(z => z.Code).Select(z => new { z.Code, z.NameZh, z.NameEn }).ToListAsync(ct);
        return
        [
            .. regions.Where(r => r.Level == RegionLevel.Province).Select(r => (r.Code, Ui.Name(r.NameZh, r.NameEn), text["Province"].Value)),
            .. regions.Where(r => r.Level == RegionLevel.Prefecture).Select(r => (r.Code, Ui.Name(r.NameZh, r.NameEn), text["Prefectures"].Value)),
            .. zones.Select(z => (z.Code, Ui.Name(z.NameZh, z.NameEn), text["Development zones"].Value)),
        ];
    }

    /// <summary>The place shown when none is asked for: a zone manager's first zone, else the province.</summary>
    public static string Default(IReadOnlySet<string> zones) => zones.Order(StringComparer.Ordinal).FirstOrDefault() ?? ChainMapService.ProvinceCode;
}
