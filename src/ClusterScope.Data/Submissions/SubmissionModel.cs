using ClusterScope.Domain.Registry;
using ClusterScope.Domain.Submissions;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Submissions;

/// <summary>Keys, indexes and column limits of the submission tables.</summary>
internal static class SubmissionModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Submission>(e =>
        {
            e.HasKey(x => x.Id);
            e.Property(x => x.ZoneCode).HasMaxLength(16);
            e.Property(x => x.Periods).HasMaxLength(200);
            e.Property(x => x.FileName).HasMaxLength(256);
            e.Property(x => x.SubmittedBy).HasMaxLength(256);
            e.Property(x => x.ReviewedBy).HasMaxLength(256);
            e.Property(x => x.Reason).HasMaxLength(2000);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasOne<DevelopmentZone>().WithMany().HasForeignKey(x => x.ZoneCode).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.Figures).WithOne().HasForeignKey(f => f.SubmissionId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Flags).WithOne().HasForeignKey(f => f.SubmissionId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.ZoneCode, x.Status });
            e.HasIndex(x => x.Status);
        });
        b.Entity<SubmissionFigure>(e =>
        {
            e.HasKey(x => x.Id);
            e.Property(x => x.EntityCode).HasMaxLength(64);
            e.Property(x => x.IndicatorCode).HasMaxLength(96);
            e.Property(x => x.Period).HasMaxLength(10);
            e.HasIndex(x => x.SubmissionId);
        });
        b.Entity<SubmissionFlag>(e =>
        {
            e.HasKey(x => x.Id);
            e.Property(x => x.Rule).HasMaxLength(64);
            e.Property(x => x.EntityCode).HasMaxLength(64);
            e.Property(x => x.IndicatorCode).HasMaxLength(96);
            e.Property(x => x.Period).HasMaxLength(10);
            e.Property(x => x.DismissedBy).HasMaxLength(256);
            e.Property(x => x.DismissalReason).HasMaxLength(2000);
            e.HasIndex(x => x.SubmissionId);
        });
    }
}
