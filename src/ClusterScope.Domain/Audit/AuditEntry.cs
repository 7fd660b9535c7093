namespace ClusterScope.Domain.Audit;

/// <summary>One recorded change of one field of one record. Append-only.</summary>
public sealed class AuditEntry
{
    /// <summary>Surrogate key, increasing.</summary>
    public long Id { get; set; }

    /// <summary>When the change was saved (UTC).</summary>
    public DateTime AtUtc { get; set; }

    /// <summary>Who made it: a user name, or the command that made it (e.g. <c>cli:data load jilin</c>).</summary>
    public required string Actor { get; set; }

    /// <summary>Where it came from: a form, an API call, an import or a data load.</summary>
    public required string Origin { get; set; }

    /// <summary>The changed record's type, e.g. <c>DevelopmentZone</c>.</summary>
    public required string EntityType { get; set; }

    /// <summary>The changed record's code.</summary>
    public required string EntityCode { get; set; }

    /// <summary>Created, Updated or Deleted.</summary>
    public required string Action { get; set; }

    /// <summary>The changed field; null for a whole-record entry.</summary>
    public string? Field { get; set; }

    /// <summary>Value before the change.</summary>
    public string? OldValue { get; set; }

    /// <summary>Value after the change.</summary>
    public string? NewValue { get; set; }
}
