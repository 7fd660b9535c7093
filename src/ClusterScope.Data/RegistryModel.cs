using ClusterScope.Domain.Audit;
using ClusterScope.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data;

/// <summary>Keys, indexes and column limits of the registry tables.</summary>
internal static class RegistryModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<Region>(e =>
        {
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(12);
            e.Property(x => x.ParentCode).HasMaxLength(12);
            e.HasIndex(x => x.ParentCode);
        });
        b.Entity<DevelopmentZone>(e =>
        {
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(16);
            e.Property(x => x.PrefectureCode).HasMaxLength(12);
            e.Property(x => x.CountyCode).HasMaxLength(12);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.PrefectureCode);
        });
        b.Entity<IndustryCategory>(e =>
        {
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(32);
        });
        b.Entity<Belt>(e =>
        {
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(64);
        });
        b.Entity<Cluster>(e =>
        {
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(64);
            e.Property(x => x.ZoneCode).HasMaxLength(16);
            e.Property(x => x.CategoryCode).HasMaxLength(32);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.ZoneCode, x.CategoryCode }).IsUnique();
        });
        b.Entity<Enterprise>(e =>
        {
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(32);
            e.Property(x => x.CreditCode).HasMaxLength(18);
            e.HasIndex(x => x.ZoneCode);
            e.HasIndex(x => x.ClusterCode);
        });
        b.Entity<Incubator>(e =>
        {
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(32);
            e.HasIndex(x => x.ZoneCode);
        });
        b.Entity<Indicator>(e =>
        {
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(96);
        });
        b.Entity<Observation>(e =>
        {
            e.HasKey(x => x.Id);
            e.Property(x => x.EntityCode).HasMaxLength(64);
            e.Property(x => x.IndicatorCode).HasMaxLength(96);
            e.Property(x => x.Period).HasMaxLength(10);
            e.HasIndex(x => new { x.EntityKind, x.EntityCode, x.IndicatorCode, x.Period }).IsUnique();
            e.HasIndex(x => new { x.IndicatorCode, x.Period });
        });
        b.Entity<ObservationRevision>(e =>
        {
            e.HasKey(x => x.Id);
            e.Property(x => x.ReplacedBy).HasMaxLength(128);
            e.Property(x => x.ImportName).HasMaxLength(256);
            e.HasIndex(x => x.ObservationId);
        });
        b.Entity<AuditEntry>(e =>
        {
            e.HasKey(x => x.Id);
            e.Property(x => x.EntityType).HasMaxLength(64);
            e.Property(x => x.EntityCode).HasMaxLength(96);
            e.HasIndex(x => new { x.EntityType, x.EntityCode });
        });
    }
}
