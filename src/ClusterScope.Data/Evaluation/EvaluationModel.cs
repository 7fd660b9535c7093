using ClusterScope.Domain.Evaluation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ClusterScope.Data.Evaluation;

/// <summary>Keys, indexes and column limits of framework versions and evaluation runs; runs are append-only.</summary>
internal static class EvaluationModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<FrameworkVersion>(e =>
        {
            e.HasKey(x => x.Id);
            e.Property(x => x.Code).HasMaxLength(64);
            e.Property(x => x.Version).HasMaxLength(32);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.NameZh).HasMaxLength(200);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.HasIndex(x => new { x.Code, x.Version }).IsUnique();
        });
        b.Entity<EvaluationRun>(e =>
        {
            e.HasKey(x => x.Id);
            e.Property(x => x.FrameworkCode).HasMaxLength(64);
            e.Property(x => x.FrameworkVersion).HasMaxLength(32);
            e.Property(x => x.Period).HasMaxLength(10);
            e.Property(x => x.ContentHash).HasMaxLength(64);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.HasIndex(x => new { x.FrameworkCode, x.Period });
        });
        b.Entity<EvaluationPublication>(e =>
        {
            e.HasKey(x => x.Id);
            e.Property(x => x.PublishedBy).HasMaxLength(256);
            e.HasIndex(x => x.RunId).IsUnique();
            e.HasOne<EvaluationRun>().WithMany().HasForeignKey(x => x.RunId).OnDelete(DeleteBehavior.Restrict);
        });
    }

    /// <summary>Refuses changes to stored runs and framework versions: both are records that others rely on.</summary>
    /// <exception cref="InvalidOperationException">A stored run or framework version is being changed or deleted.</exception>
    public static void RefuseChanges(ChangeTracker tracker)
    {
        var changed = tracker.Entries().FirstOrDefault(e => e.Entity is EvaluationRun or FrameworkVersion or EvaluationPublication && e.State is EntityState.Modified or EntityState.Deleted);
        if (changed is not null)
        {
            throw new InvalidOperationException(changed.Entity is EvaluationPublication p
                ? $"The publication of evaluation run {p.RunId} cannot be changed or withdrawn."
                : changed.Entity is EvaluationRun run
                ? $"Evaluation run {run.Id} is stored and cannot be changed or deleted; create a new run instead."
                : $"Framework version {((FrameworkVersion)changed.Entity).Code} {((FrameworkVersion)changed.Entity).Version} cannot be changed; save a new version instead.");
        }
    }
}
