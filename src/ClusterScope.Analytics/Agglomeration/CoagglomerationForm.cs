namespace ClusterScope.Analytics.Agglomeration;

/// <summary>Which published form of pairwise coagglomeration a matrix follows.</summary>
/// <remarks>For two industries, Ellison &amp; Glaeser (1997) eq. 5 reduces exactly to
/// sum_j (s_aj - x_j)(s_bj - x_j) / (1 - sum_j x_j^2) (the Herfindahl terms cancel; Ellison, Glaeser &amp; Kerr 2010,
/// mathematical appendix). The two forms differ only in the reference shares x_j.</remarks>
public enum CoagglomerationForm
{
    /// <summary>Ellison &amp; Glaeser (1997) eq. 5 for each pair, x_j = the reference shares used for gamma
    /// (all plants' employment unless the caller gives weights). Default.</summary>
    EllisonGlaeser1997,

    /// <summary>Ellison, Glaeser &amp; Kerr (2010, <i>AER</i> 100(3)): x_j = unweighted mean over industries of
    /// their regional shares s_ij (industries without employment left out); caller weights are ignored.</summary>
    EllisonGlaeserKerr2010,
}
