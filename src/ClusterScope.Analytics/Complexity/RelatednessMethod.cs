namespace ClusterScope.Analytics.Complexity;

/// <summary>How a co-occurrence matrix is normalised into relatedness (van Eck and Waltman 2009; EconGeo 2.1 <c>relatedness</c>).</summary>
public enum RelatednessMethod
{
    /// <summary>EconGeo's probability index (the default): c_ij / ([s_i/t s_j/(t - s_i) + s_j/t s_i/(t - s_j)] t / 2).</summary>
    Probability,

    /// <summary>Association strength: (c_ij / t) / ((s_i / t)(s_j / t)).</summary>
    Association,

    /// <summary>Cosine: c_ij / sqrt(s_i s_j).</summary>
    Cosine,

    /// <summary>Jaccard: c_ij / (s_i + s_j - c_ij).</summary>
    Jaccard,
}
