namespace ClusterScope.Analytics.Forensics;

/// <summary>Nigrini's conformity bands for the first-digit mean absolute deviation (MAD) from Benford's law.</summary>
/// <remarks>Nigrini (2012), <i>Benford's Law: Applications for Forensic Accounting, Auditing, and Fraud Detection</i>,
/// Wiley, chapter 7; the same ranges as R benford.analysis 0.1.5 <c>MAD.conformity</c>. First digits: 0.000-0.006 close conformity, 0.006-0.012 acceptable, 0.012-0.015 marginally
/// acceptable, above 0.015 nonconformity.</remarks>
public enum BenfordConformity
{
    /// <summary>MAD at most 0.006.</summary>
    Close,

    /// <summary>MAD above 0.006, at most 0.012.</summary>
    Acceptable,

    /// <summary>MAD above 0.012, at most 0.015.</summary>
    MarginallyAcceptable,

    /// <summary>MAD above 0.015.</summary>
    Nonconformity,
}
