namespace ClusterScope.Domain.Registry;

/// <summary>The earlier state of an observation that an import replaced; the observation itself holds the current value.</summary>
public sealed class ObservationRevision
{
    /// <summary>Surrogate key, increasing.</summary>
    public long Id { get; set; }

    /// <summary>The observation that was changed.</summary>
    public long ObservationId { get; set; }

    /// <summary>The value before the change.</summary>
    public double OldValue { get; set; }

    /// <summary>The status before the change.</summary>
    public ObservationStatus OldStatus { get; set; }

    /// <summary>The provenance before the change.</summary>
    public Provenance OldProvenance { get; set; }

    /// <summary>The source before the change.</summary>
    public string? OldSource { get; set; }

    /// <summary>When the value was replaced (UTC).</summary>
    public DateTime ReplacedAtUtc { get; set; }

    /// <summary>Who replaced it: a user name or a command.</summary>
    public required string ReplacedBy { get; set; }

    /// <summary>The import (file name) that brought the new value.</summary>
    public required string ImportName { get; set; }
}
