namespace ClusterScope.Analytics.ShiftShare;

/// <summary>How shift-share is split by industry.</summary>
public enum PerIndustryConvention
{
    /// <summary>Dunn's three components per industry: national share e_ij1 (E2 / E1 - 1), industry mix
    /// e_ij1 (e_i2 / e_i1 - E2 / E1), competitive e_ij2 - e_ij1 e_i2 / e_i1; summed over industries they give the
    /// region's components. Default.</summary>
    Dunn,

    /// <summary>REAT 3.0.3 <c>shifti</c> / <c>shiftid</c>: each industry as a one-industry economy, so its national
    /// share is e_ij1 (e_i2 / e_i1 - 1) (national share plus industry mix) and the industry mix is 0.</summary>
    Reat,
}
