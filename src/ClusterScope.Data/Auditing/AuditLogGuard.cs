using ClusterScope.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Auditing;

/// <summary>Keeps the audit log append-only in code; database triggers (migration <c>AuditAppendOnly</c>) enforce the same.</summary>
internal static class AuditLogGuard
{
    public static void RefuseChanges(ClusterScopeDbContext db)
    {
        var changed = db.ChangeTracker.Entries<AuditEntry>()
            .FirstOrDefault(e => e.State is EntityState.Modified or EntityState.Deleted);
        if (changed is not null)
        {
            throw new AuditLogAppendOnlyException(changed.Entity.Id, changed.State == EntityState.Deleted ? "deleted" : "changed");
        }
    }
}

/// <summary>Thrown when code tries to change or delete an audit entry; the audit log is append-only.</summary>
public sealed class AuditLogAppendOnlyException(long id, string attempted)
    : InvalidOperationException($"The audit log is append-only: audit entry {id} cannot be {attempted}.");
