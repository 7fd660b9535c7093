using ClusterScope.Domain.Access;
using ClusterScope.Domain.Registry;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Access;

/// <summary>Keys and indexes of the zone-assignment table.</summary>
internal static class AccessModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<ZoneAssignment>(e =>
        {
            e.HasKey(x => x.Id);
            e.Property(x => x.UserId).HasMaxLength(450);
            e.Property(x => x.ZoneCode).HasMaxLength(16);
            e.HasOne<IdentityUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<DevelopmentZone>().WithMany().HasForeignKey(x => x.ZoneCode).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.UserId, x.ZoneCode }).IsUnique();
            e.HasIndex(x => x.ZoneCode);
        });
    }
}
