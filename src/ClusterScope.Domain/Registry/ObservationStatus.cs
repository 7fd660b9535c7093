namespace ClusterScope.Domain.Registry;

/// <summary>How far a figure has been checked.</summary>
public enum ObservationStatus
{
    /// <summary>Reported by its source, not checked.</summary>
    Reported,

    /// <summary>Checked by a reviewer or an official release.</summary>
    Verified,

    /// <summary>Estimated (a model or a generator).</summary>
    Estimated,
}
