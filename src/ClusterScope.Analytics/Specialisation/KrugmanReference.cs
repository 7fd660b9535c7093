namespace ClusterScope.Analytics.Specialisation;

/// <summary>What a region's (or industry's) shares are compared with in the Krugman index.</summary>
public enum KrugmanReference
{
    /// <summary>The whole matrix, the region itself included: 0..2 (EconGeo <c>krugman_index</c>, REAT <c>krugman.spec(x, colSums)</c>; the default).</summary>
    Total,

    /// <summary>The sum of all other regions (REAT <c>krugman.spec</c> against the rest of the country).</summary>
    RestOfTotal,

    /// <summary>The unweighted mean of the other regions' shares (REAT <c>krugman.spec2</c> and <c>spec()</c>; <c>krugman.conc2</c> and <c>conc()</c> for industries).</summary>
    MeanOfOthers,
}
