namespace ClusterScope.Domain.Targets;

/// <summary>What a target counts or measures; each kind is evaluated by its own rule in <see cref="TargetEvaluator"/>.</summary>
public enum TargetKind
{
    /// <summary>Number of clusters meeting a <see cref="TargetCondition"/> (a tier, a category, or both) on <see cref="Target.Indicator"/>.</summary>
    Count,

    /// <summary>Sum of <see cref="Target.Indicator"/> over the clusters meeting the condition.</summary>
    Sum,

    /// <summary>The sum of <see cref="Target.Indicator"/> as a percentage of <see cref="Target.ReferenceIndicator"/> of <see cref="Target.ReferenceEntity"/>.</summary>
    Share,

    /// <summary>Percentage of development zones with at least one incubator or pioneer park.</summary>
    Coverage,

    /// <summary>Number of development zones with at least the eco-industrial status named in the condition.</summary>
    StatusCount,

    /// <summary>A figure a programme reports (enterprises supported, amount disbursed, people placed), read as
    /// <see cref="Target.Indicator"/> of <see cref="Target.ReferenceEntity"/>.</summary>
    ProgrammeFigure,
}
