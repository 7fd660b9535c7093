namespace ClusterScope.Domain.Targets;

/// <summary>How much a finding matters.</summary>
public enum FindingSeverity
{
    /// <summary>Worth knowing: an implied quantity, a comparison.</summary>
    Info,

    /// <summary>Probably a drafting problem worth a planner's look.</summary>
    Warning,

    /// <summary>The plan contradicts itself.</summary>
    Error,
}
