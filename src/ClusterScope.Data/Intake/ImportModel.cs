using ClusterScope.Domain.Intake;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Intake;

/// <summary>Keys and indexes of the import history.</summary>
internal static class ImportModel
{
    public static void Configure(ModelBuilder b) => b.Entity<ImportRecord>(e =>
    {
        e.HasKey(x => x.Id);
        e.Property(x => x.Kind).HasMaxLength(32);
        e.Property(x => x.FileName).HasMaxLength(Domain.TextRules.FileNameLength);
        e.Property(x => x.Actor).HasMaxLength(256);
        e.Property(x => x.Channel).HasMaxLength(400);
        e.HasIndex(x => x.StartedAt);
    });
}
