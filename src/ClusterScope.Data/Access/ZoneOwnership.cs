using ClusterScope.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Access;

/// <summary>Answers which zones a user manages and to which zone a registry entity belongs, for authorisation by zone.</summary>
public sealed class ZoneOwnership(ClusterScopeDbContext db)
{
    /// <summary>The codes of the zones assigned to a user (empty for users without assignments).</summary>
    public async Task<IReadOnlySet<string>> ZonesOfAsync(string userId, CancellationToken ct = default) =>
        (await db.ZoneAssignments.AsNoTracking().Where(a => a.UserId == userId).Select(a => a.ZoneCode).ToListAsync(ct))
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether the user is assigned to the zone.</summary>
    public Task<bool> ManagesAsync(string userId, string zoneCode, CancellationToken ct = default) =>
        db.ZoneAssignments.AnyAsync(a => a.UserId == userId && a.ZoneCode == zoneCode, ct);

    /// <summary>The zone an entity belongs to: a zone itself, a cluster's zone, an enterprise's zone (directly or through its
    /// cluster); <see langword="null"/> for regions, unknown codes and enterprises outside any zone.</summary>
    public async Task<string?> ZoneOfAsync(EntityKind kind, string code, CancellationToken ct = default)
    {
        switch (kind)
        {
            case EntityKind.Zone:
                return await db.Zones.AnyAsync(z => z.Code == code, ct) ? code : null;
            case EntityKind.Cluster:
                return await db.Clusters.Where(c => c.Code == code).Select(c => c.ZoneCode).FirstOrDefaultAsync(ct);
            case EntityKind.Enterprise:
                var enterprise = await db.Enterprises.AsNoTracking().Where(e => e.Code == code)
                    .Select(e => new { e.ZoneCode, e.ClusterCode }).FirstOrDefaultAsync(ct);
                if (enterprise?.ZoneCode is { } zone)
                {
                    return zone;
                }

                return enterprise?.ClusterCode is { } cluster
                    ? await db.Clusters.Where(c => c.Code == cluster).Select(c => c.ZoneCode).FirstOrDefaultAsync(ct)
                    : null;
            default:
                return null;
        }
    }
}
