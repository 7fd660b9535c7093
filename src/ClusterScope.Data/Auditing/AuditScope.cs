namespace ClusterScope.Data.Auditing;

/// <summary>Who makes the changes of a unit of work, and from where.</summary>
/// <param name="Actor">A user name, or a command such as <c>cli</c>.</param>
/// <param name="Origin">The form, API route, import file or data load the change came from.</param>
/// <param name="SummariseInserts">When true, inserted records are recorded as one entry per type with their count
/// (bulk loads); updates and deletions are always recorded field by field.</param>
public sealed record AuditScope(string Actor, string Origin, bool SummariseInserts = false)
{
    /// <summary>Changes made by the application itself (start-up tasks).</summary>
    public static readonly AuditScope System = new("system", "application");
}
