namespace ClusterScope.Analytics.Specialisation;

/// <summary>Which Lorenz Gini of one distribution to compute; see <see cref="Gini"/> for the other Ginis
/// (locational, Hoover, of location quotients).</summary>
public enum GiniVariant
{
    /// <summary>G = 1 - (1/n) sum_k (Y_(k-1) + Y_k), unrounded (REAT <c>gini</c>; EconGeo <c>gini</c> before its rounding). The default.</summary>
    Lorenz,

    /// <summary>The Lorenz Gini rounded to 3 decimals (EconGeo 2.1 <c>gini</c>).</summary>
    EconGeo,

    /// <summary>The Lorenz Gini times n/(n - 1), so that one unit holding everything gives 1 (REAT <c>gini(coefnorm = TRUE)</c>).</summary>
    ReatNormalised,

    /// <summary>REAT 3.0.3 <c>gini(x, weighting = w)</c> as coded: x is sorted but the weights are not reordered with it,
    /// so each weight stays with the position, not the unit. Kept only to reproduce REAT.</summary>
    ReatWeighted,

    /// <summary>The weighted Lorenz Gini that <see cref="ReatWeighted"/> intends (Doersam 2004, pp. 46-48): units sorted by x
    /// with their weights, Lorenz curve of x_j w_j against cumulative weight shares.</summary>
    FrequencyWeighted,
}
