using ClusterScope.Domain.Chains;
using ClusterScope.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Chains;

/// <summary>Keys, lengths and indexes of the candidate and placement tables.</summary>
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
    }
}
