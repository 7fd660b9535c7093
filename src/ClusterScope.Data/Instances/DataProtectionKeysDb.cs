using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Instances;

/// <summary>The Data Protection key ring in the database, so that every app instance signs cookies and antiforgery tokens
/// with the same keys (a sign-in on one instance is valid on the others).</summary>
/// <remarks>A context of its own because the key store saves synchronously, which <see cref="ClusterScopeDbContext"/>
/// refuses (its saves are audited asynchronously); the table itself is created by the main migrations, and keys are not
/// audited (they are secrets).</remarks>
public sealed class DataProtectionKeysDb(DbContextOptions<DataProtectionKeysDb> options) : DbContext(options), IDataProtectionKeyContext
{
    /// <summary>The keys, as XML elements.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        Configure(modelBuilder);
    }

    /// <summary>The table, shared with the main model so that its migrations create it.</summary>
    internal static void Configure(ModelBuilder b) => b.Entity<DataProtectionKey>(e =>
    {
        e.ToTable("DataProtectionKeys");
        e.HasKey(x => x.Id);
        e.Property(x => x.FriendlyName).HasMaxLength(200);
    });
}
