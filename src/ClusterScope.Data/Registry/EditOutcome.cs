using ClusterScope.Domain;

namespace ClusterScope.Data.Registry;

/// <summary>What became of an edit.</summary>
public enum EditStatus
{
    /// <summary>Saved; the record has a new version.</summary>
    Saved,

    /// <summary>No record with that code.</summary>
    NotFound,

    /// <summary>Someone else saved the record after the editor loaded it; nothing was written.</summary>
    Conflict,

    /// <summary>A field is invalid; nothing was written.</summary>
    Invalid,
}

/// <summary>The outcome of an edit: its status, the new version when saved, and the errors by field when invalid.</summary>
public sealed record EditOutcome(EditStatus Status, int? Version = null, FieldErrors? Errors = null);
