using ClusterScope.Domain.Policy;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Policy;

/// <summary>Keys, lengths and indexes of the policy library.</summary>
public static class PolicyModel
{
    /// <summary>Longest title, issuer, topic list or source.</summary>
    public const int TitleLength = 1000;

    /// <summary>Longest summary.</summary>
    public const int SummaryLength = 4000;

    internal static void Configure(ModelBuilder b) => b.Entity<PolicyDocument>(e =>
    {
        e.HasKey(x => x.Code);
        e.Property(x => x.Code).HasMaxLength(64);
        foreach (var name in new[] { nameof(PolicyDocument.TitleZh), nameof(PolicyDocument.TitleEn), nameof(PolicyDocument.IssuerZh), nameof(PolicyDocument.IssuerEn),
                     nameof(PolicyDocument.Topics), nameof(PolicyDocument.Source), nameof(PolicyDocument.SourceUrl), nameof(PolicyDocument.Related),
                     nameof(PolicyDocument.TitleZhStatus), nameof(PolicyDocument.PublicationNote) })
        {
            e.Property(name).HasMaxLength(TitleLength);
        }

        e.Property(x => x.SummaryEn).HasMaxLength(SummaryLength);
        e.Property(x => x.SummaryZh).HasMaxLength(SummaryLength);
        e.Property(x => x.DocumentNumber).HasMaxLength(100);
        e.Property(x => x.Type).HasMaxLength(64);
        e.Property(x => x.SupersededBy).HasMaxLength(64);
        e.HasIndex(x => x.UpdatedAt);
    });
}
