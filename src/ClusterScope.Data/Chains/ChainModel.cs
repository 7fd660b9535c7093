using ClusterScope.Domain.Chains;
using ClusterScope.Domain.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ClusterScope.Data.Chains;

/// <summary>Keys, lengths and indexes of the candidate, placement and template-version tables.</summary>
public static class ChainModel
{
    /// <summary>Longest candidate name or origin.</summary>
    public const int NameLength = 300;

    /// <summary>Longest note.</summary>
    public const int NoteLength = 4000;

    internal static void Configure(ModelBuilder b)
    {
        b.Entity<Candidate>(e =>
        {
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(64);
            e.Property(x => x.NameZh).HasMaxLength(NameLength);
            e.Property(x => x.NameEn).HasMaxLength(NameLength);
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.Property(x => x.IndustryCode).HasMaxLength(8);
            e.Property(x => x.Origin).HasMaxLength(NameLength);
            e.Property(x => x.Notes).HasMaxLength(NoteLength);
            e.Property(x => x.Source).HasMaxLength(NameLength);
            e.HasIndex(x => x.IndustryCode);
        });
        b.Entity<SegmentPlacement>(e =>
        {
            e.HasKey(x => x.Id);
            e.Property(x => x.EnterpriseCode).HasMaxLength(64);
            e.Property(x => x.ChainCode).HasMaxLength(64);
            e.Property(x => x.SegmentCode).HasMaxLength(64);
            e.Property(x => x.Note).HasMaxLength(NoteLength);
            e.Property(x => x.PlacedBy).HasMaxLength(256);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasOne<Enterprise>().WithMany().HasForeignKey(x => x.EnterpriseCode).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.EnterpriseCode, x.ChainCode }).IsUnique();
        });
        b.Entity<ChainTemplateVersion>(e =>
        {
            e.HasKey(x => x.Id);
            e.Property(x => x.Code).HasMaxLength(64);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.HasIndex(x => new { x.Code, x.Version }).IsUnique();
        });
    }

    /// <summary>Refuses changes to saved template versions: maps and leads were read against them.</summary>
    /// <exception cref="InvalidOperationException">A saved version is being changed or deleted.</exception>
    internal static void RefuseChanges(ChangeTracker tracker)
    {
        if (tracker.Entries<ChainTemplateVersion>().FirstOrDefault(e => e.State is EntityState.Modified or EntityState.Deleted) is { } changed)
        {
            throw new InvalidOperationException($"Chain template {changed.Entity.Code} version {changed.Entity.Version} cannot be changed; save a new version instead.");
        }
    }
}
