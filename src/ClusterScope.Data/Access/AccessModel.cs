using ClusterScope.Domain.Access;
using ClusterScope.Domain.Registry;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Access;

/// <summary>Keys and indexes of the zone-assignment and API-token tables.</summary>
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
        b.Entity<ApiToken>(e =>
        {
            e.HasKey(x => x.Id);
            e.Property(x => x.UserId).HasMaxLength(450);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Prefix).HasMaxLength(ApiToken.PrefixLength);
            e.Property(x => x.SecretHash).HasMaxLength(64);
            e.Property(x => x.Zones).HasMaxLength(2000);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.Property(x => x.RevokedBy).HasMaxLength(256);
            e.Ignore(x => x.ZoneSet);
            e.HasOne<IdentityUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.SecretHash).IsUnique();
            e.HasIndex(x => x.UserId);
        });
    }
}
