using System.Globalization;
using ClusterScope.Domain.Access;
using ClusterScope.Domain.Audit;
using ClusterScope.Domain.Registry;
using ClusterScope.Domain.Submissions;
using ClusterScope.Domain.Targets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace ClusterScope.Data.Auditing;

/// <summary>Turns the pending changes of a context into <see cref="AuditEntry"/> rows before they are saved.</summary>
/// <remarks>Runs inside the same SaveChanges, so a change and its audit rows are written in one transaction or not at all. A new
/// record whose audit key is its database-generated id is recorded once the id exists (<see cref="RecordCreated"/>), in the
/// same transaction, because the audit log is append-only and its key cannot be filled in later.</remarks>
internal static class AuditRecorder
{
    private static readonly HashSet<Type> Audited =
    [
        typeof(Region), typeof(DevelopmentZone), typeof(IndustryCategory), typeof(Belt), typeof(Cluster),
        typeof(Enterprise), typeof(Incubator), typeof(Indicator), typeof(Observation), typeof(Plan), typeof(Target),
        typeof(ZoneAssignment),
        typeof(Domain.Evaluation.FrameworkVersion), typeof(Domain.Evaluation.EvaluationRun), typeof(Domain.Evaluation.EvaluationPublication),
        typeof(Submission), typeof(SubmissionFigure), typeof(SubmissionFlag),
        typeof(Domain.Policy.PolicyDocument),
        typeof(Domain.Leads.Lead), typeof(Domain.Leads.LeadStageChange), typeof(Domain.Leads.LeadDocument),
        typeof(Domain.Chains.Candidate), typeof(Domain.Chains.SegmentPlacement), typeof(Domain.Chains.ChainTemplateVersion),
    ];

    /// <returns>New records whose creation waits for their generated id.</returns>
    public static IReadOnlyList<EntityEntry> Record(ClusterScopeDbContext db, AuditScope scope, DateTime nowUtc)
    {
        var awaitingKeys = new List<EntityEntry>();
        var entries = new List<AuditEntry>();
        var insertCounts = new Dictionary<string, int>();
        foreach (var entry in db.ChangeTracker.Entries().ToList())
        {
            if (!Audited.Contains(entry.Entity.GetType()))
            {
                continue;
            }

            var type = entry.Entity.GetType().Name;
            switch (entry.State)
            {
                case EntityState.Added when scope.SummariseInserts:
                    insertCounts[type] = insertCounts.GetValueOrDefault(type) + 1;
                    break;
                case EntityState.Added when KeyIsGenerated(entry):
                    awaitingKeys.Add(entry);
                    break;
                case EntityState.Added:
                    entries.Add(New(scope, nowUtc, type, KeyOf(db, entry), "Created", null, null, Describe(entry)));
                    break;
                case EntityState.Deleted:
                    entries.Add(New(scope, nowUtc, type, KeyOf(db, entry), "Deleted", null, Describe(entry), null));
                    break;
                case EntityState.Modified:
                    BumpVersion(entry);
                    foreach (var property in entry.Properties.Where(p => p.IsModified && p.Metadata.Name != "Version"))
                    {
                        var before = Format(property.OriginalValue);
                        var after = Format(property.CurrentValue);
                        if (before != after)
                        {
                            entries.Add(New(scope, nowUtc, type, KeyOf(db, entry), "Updated", property.Metadata.Name, before, after));
                        }
                    }

                    break;
            }
        }

        foreach (var (type, count) in insertCounts)
        {
            entries.Add(New(scope, nowUtc, type, "*", "Created", null, null, count.ToString(CultureInfo.InvariantCulture) + " records"));
        }

        db.AuditEntries.AddRange(entries);
        return awaitingKeys;
    }

    /// <summary>Records the creation of records saved a moment ago, now that their generated ids exist.</summary>
    public static void RecordCreated(ClusterScopeDbContext db, AuditScope scope, DateTime nowUtc, IReadOnlyList<EntityEntry> saved) =>
        db.AuditEntries.AddRange(saved.Select(entry =>
            New(scope, nowUtc, entry.Entity.GetType().Name, KeyOf(db, entry), "Created", null, null, Describe(entry))));

    /// <summary>Whether a new record holds a value the database has not yet given (its id, or the id of a parent saved with it),
    /// which its audit key or description may need.</summary>
    private static bool KeyIsGenerated(EntityEntry entry) => entry.Properties.Any(p => p.IsTemporary);

    private static void BumpVersion(EntityEntry entry)
    {
        var version = entry.Properties.FirstOrDefault(p => p.Metadata.Name == "Version");
        if (version is { CurrentValue: int current })
        {
            version.CurrentValue = current + 1;
        }
    }

    private static string KeyOf(ClusterScopeDbContext db, EntityEntry entry) => entry.Entity switch
    {
        // By user name, which people search for; the user is tracked whenever their zones change.
        ZoneAssignment a => $"{db.Users.Local.FirstOrDefault(u => u.Id == a.UserId)?.UserName ?? a.UserId}/{a.ZoneCode}",
        Observation o => $"{o.EntityKind}:{o.EntityCode}:{o.IndicatorCode}:{o.Period}",
        Target t => $"{t.PlanCode}/{t.Code}",
        SubmissionFigure f => $"{f.SubmissionId}/row {f.Row}",
        SubmissionFlag f => $"{f.SubmissionId}/{f.Rule}/{f.EntityCode}",
        _ => string.Join("/", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Format(entry.Property(p.Name).CurrentValue))),
    };

    private static string Describe(EntityEntry entry) =>
        string.Join("; ", entry.Properties.Where(p => p.CurrentValue is not null and not byte[] && !p.IsTemporary && p.Metadata.Name is not "GeometryGeoJson" && !p.Metadata.Name.EndsWith("Json", StringComparison.Ordinal))
            .Select(p => $"{p.Metadata.Name}={Format(p.CurrentValue)}"));

    private static string? Format(object? value) => value switch
    {
        null => null,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static AuditEntry New(AuditScope scope, DateTime at, string type, string code, string action, string? field, string? before, string? after) =>
        new()
        {
            AtUtc = at, Actor = scope.Actor, Origin = scope.Origin, EntityType = type, EntityCode = code, Action = action,
            Field = field, OldValue = Truncate(before), NewValue = Truncate(after),
        };

    private static string? Truncate(string? text) => text is { Length: > 4000 } ? text[..4000] + "…" : text;
}
