namespace ClusterScope.Analytics.InputOutput;

/// <summary>The location-quotient formula used to regionalise national coefficients.</summary>
public enum RegionalisationMethod
{
    /// <summary>Simple location quotient SLQ_i, the same for a whole row.</summary>
    Slq,

    /// <summary>Cross-industry location quotient SLQ_i / SLQ_j (SLQ_i on the diagonal).</summary>
    Cilq,

    /// <summary>Flegg's location quotient: CILQ scaled by [log2(1 + regional / national size)]^delta.</summary>
    Flq,

    /// <summary>Augmented FLQ: FLQ times log2(1 + SLQ_j) where the buying sector is specialised (SLQ_j &gt; 1).</summary>
    Aflq,
}
