namespace ClusterScope.Domain.Plausibility;

/// <summary>The plausibility rules a reported figure is checked against.</summary>
public enum PlausibilityRule
{
    /// <summary>The change from the same period of the previous year is beyond the band.</summary>
    YearOnYearJump,

    /// <summary>Output grows while a proxy (electricity, tax, employment) falls.</summary>
    OutputAgainstProxies,

    /// <summary>A zone's first digits are far from Benford's law.</summary>
    Benford,

    /// <summary>The same value in consecutive periods.</summary>
    IdenticalAcrossPeriods,

    /// <summary>The parts add up to more than the whole.</summary>
    PartsAboveWhole,
}
