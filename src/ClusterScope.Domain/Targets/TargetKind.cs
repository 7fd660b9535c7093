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

    /// <summary>Verified investment (<c>verified_investment</c>, 100m CNY) or jobs (<c>verified_jobs</c>) of the investment
    /// leads won in the plan's zones, cumulated over the signing years after <see cref="Target.BaselinePeriod"/> (all years
    /// without one); <see cref="Target.ReferenceEntity"/> may name a chain (e.g. <c>auto</c>) to count only its leads.</summary>
    VerifiedWins,
}
