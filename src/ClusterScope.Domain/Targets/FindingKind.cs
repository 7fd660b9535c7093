namespace ClusterScope.Domain.Targets;

/// <summary>The kind of inconsistency <see cref="PlanChecks"/> found in a plan.</summary>
public enum FindingKind
{
    /// <summary>Parts (tier counts, category counts) do not add up to the whole they belong to.</summary>
    PartsVersusWhole,

    /// <summary>A quantity the plan implies without stating it (e.g. the denominator of a share), with the observed figure if any.</summary>
    ImpliedQuantity,

    /// <summary>A deadline outside the plan's period.</summary>
    DeadlineOutsidePeriod,

    /// <summary>Two targets measure the same thing by the same deadline, or share a code.</summary>
    Duplicate,

    /// <summary>A count target larger than the number of entities there are to count.</summary>
    ExceedsPopulation,

    /// <summary>A target refers to another target (<see cref="Target.PartOf"/>) that is not in the plan.</summary>
    UnknownReference,
}
