namespace ClusterScope.Analytics;

/// <summary>Whether a result is returned at full precision or rounded as a reference package rounds it.</summary>
public enum Rounding
{
    /// <summary>Full double precision (the default everywhere).</summary>
    None,

    /// <summary>EconGeo's internal rounding, applied as a last step with R's <c>round()</c> semantics
    /// (IEC 60559 round-half-to-even on the binary double).</summary>
    EconGeo,
}
