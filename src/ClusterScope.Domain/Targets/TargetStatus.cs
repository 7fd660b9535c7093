namespace ClusterScope.Domain.Targets;

/// <summary>Where a target stands in a period; see <see cref="StatusRule"/> for how it is decided.</summary>
public enum TargetStatus
{
    /// <summary>The observed value meets the target.</summary>
    Achieved,

    /// <summary>Not met yet, but the forecast to the deadline meets it.</summary>
    OnTrack,

    /// <summary>The forecast to the deadline falls short, by less than the rule's at-risk margin.</summary>
    AtRisk,

    /// <summary>Before the deadline, the forecast falls short by more than the margin.</summary>
    OffTrack,

    /// <summary>The data hold no observation to evaluate the target with.</summary>
    NoData,

    /// <summary>At or after the deadline, the observed value does not meet the target: the target was missed.</summary>
    NotAchieved,
}
