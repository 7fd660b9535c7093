namespace ClusterScope.Data.Talent;

/// <summary>The matching algorithm of a talent run.</summary>
public enum MatchMethod
{
    /// <summary>Maximum total fit under capacities (min-cost flow).</summary>
    Optimal,

    /// <summary>Deferred acceptance: no researcher and need would both rather be matched to each other.</summary>
    Stable,
}
