using ClusterScope.Data;
using ClusterScope.Data.Registry;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Web.Features.Users;

/// <summary>The zones a zone manager can be assigned, by code.</summary>
internal static class ZoneChoices
{
    public static async Task<IReadOnlyList<NamedCode>> LoadAsync(ClusterScopeDbContext db, CancellationToken ct) =>
        await db.Zones.AsNoTracking().OrderBy(z => z.Code).Select(z => new NamedCode(z.Code, z.NameZh, z.NameEn)).ToListAsync(ct);
}
