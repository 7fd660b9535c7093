namespace ClusterScope.Analytics.Complexity;

/// <summary>How the proximity between two industries is measured (py-ecomplexity 0.5.2 options).</summary>
public enum ProximityMeasure
{
    /// <summary>phi_pq = C_pq / max(k_p, k_q), the minimum of the two conditional probabilities (Hidalgo et al. 2007; the default).</summary>
    MinimumConditional,

    /// <summary>phi_pq = C_pq / k_p, the probability of q given p (py-ecomplexity <c>asymmetric=True</c>).</summary>
    Asymmetric,

    /// <summary>phi_pq = (1 + corr(RCA_p, RCA_q)) / 2 over regions (py-ecomplexity <c>continuous=True</c>); density then weights RCA, not presence.</summary>
    Continuous,
}
