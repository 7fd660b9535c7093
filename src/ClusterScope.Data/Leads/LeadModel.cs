using ClusterScope.Domain.Leads;
using ClusterScope.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Leads;

/// <summary>Keys, lengths and indexes of the lead tables.</summary>
public static class LeadModel
{
    /// <summary>Longest company name, origin or next action.</summary>
    public const int NameLength = 300;

    /// <summary>Longest note or reason.</summary>
    public const int NoteLength = 4000;

    internal static void Configure(ModelBuilder b)
    {
        b.Entity<Lead>(e =>
        {
            e.HasKey(x => x.Id);
            e.Property(x => x.CompanyName).HasMaxLength(NameLength);
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.Property(x => x.EnterpriseCode).HasMaxLength(64);
            e.Property(x => x.CandidateCode).HasMaxLength(64);
            e.Property(x => x.Origin).HasMaxLength(NameLength);
            e.Property(x => x.ZoneCode).HasMaxLength(16);
            e.Property(x => x.ClusterCode).HasMaxLength(64);
            e.Property(x => x.ChainCode).HasMaxLength(64);
            e.Property(x => x.SegmentCode).HasMaxLength(64);
            e.Property(x => x.NextAction).HasMaxLength(NameLength);
            e.Property(x => x.Notes).HasMaxLength(NoteLength);
            e.Property(x => x.LostReason).HasMaxLength(NoteLength);
            e.Property(x => x.VerificationNote).HasMaxLength(NoteLength);
            e.Property(x => x.VerificationRequestedBy).HasMaxLength(256);
            e.Property(x => x.VerifiedBy).HasMaxLength(256);
            e.Property(x => x.CreatedBy).HasMaxLength(256);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Ignore(x => x.CountsAsWin);
            e.Ignore(x => x.WinYear);
            e.HasOne<DevelopmentZone>().WithMany().HasForeignKey(x => x.ZoneCode).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(x => x.History).WithOne().HasForeignKey(h => h.LeadId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Documents).WithOne().HasForeignKey(d => d.LeadId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.ZoneCode, x.Stage });
            e.HasIndex(x => x.CreditCode);
            e.HasIndex(x => x.Verification);
        });
        b.Entity<LeadStageChange>(e =>
        {
            e.HasKey(x => x.Id);
            e.Property(x => x.Reason).HasMaxLength(NoteLength);
            e.Property(x => x.By).HasMaxLength(256);
            e.HasIndex(x => x.LeadId);
        });
        b.Entity<LeadDocument>(e =>
        {
            e.HasKey(x => x.Id);
            e.Property(x => x.FileName).HasMaxLength(256);
            e.Property(x => x.ContentType).HasMaxLength(128);
            e.Property(x => x.UploadedBy).HasMaxLength(256);
            e.HasIndex(x => x.LeadId);
        });
        b.Entity<LeadEvent>(e =>
        {
            e.HasKey(x => x.Id);
            e.Property(x => x.ZoneCode).HasMaxLength(16);
            e.Property(x => x.Key).HasMaxLength(128);
            e.Property(x => x.Detail).HasMaxLength(1000);
            e.Property(x => x.DetailZh).HasMaxLength(1000);
            e.HasIndex(x => x.Key).IsUnique();
        });
    }
}
