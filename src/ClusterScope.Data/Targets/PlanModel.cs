using ClusterScope.Domain.Targets;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Targets;

/// <summary>Keys, indexes and column limits of the plan and target tables.</summary>
internal static class PlanModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Plan>(e =>
        {
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(64);
            e.Property(x => x.ScopeRegionCode).HasMaxLength(12);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasMany(x => x.Targets).WithOne().HasForeignKey(t => t.PlanCode).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<Target>(e =>
        {
            e.HasKey(x => x.Id);
            e.Property(x => x.PlanCode).HasMaxLength(64);
            e.Property(x => x.Code).HasMaxLength(64);
            e.Property(x => x.Unit).HasMaxLength(32);
            e.Property(x => x.BaselinePeriod).HasMaxLength(10);
            e.Property(x => x.Indicator).HasMaxLength(96);
            e.Property(x => x.ReferenceIndicator).HasMaxLength(96);
            e.Property(x => x.ReferenceEntity).HasMaxLength(64);
            e.Property(x => x.Condition).HasMaxLength(200);
            e.Property(x => x.PartOf).HasMaxLength(64);
            e.HasIndex(x => new { x.PlanCode, x.Code }).IsUnique();
        });
    }
}
