namespace ClusterScope.Analytics.ShiftShare;

/// <summary>The classic (Dunn 1960) shift-share components of one region, in jobs (or the input's unit).</summary>
/// <param name="Growth">Change of the region's employment, e_j2 - e_j1.</param>
/// <param name="NationalShare">Growth had the region grown at the national rate: e_j1 (E2 / E1) - e_j1.</param>
/// <param name="IndustryMix">sum_i e_ij1 (e_i2 / e_i1 - E2 / E1): its industries' national growth beyond the national rate.</param>
/// <param name="Competitive">Regional (competitive) share, sum_i (e_ij2 - e_ij1 e_i2 / e_i1).</param>
public sealed record DunnComponents(double Growth, double NationalShare, double IndustryMix, double Competitive)
{
    /// <summary>Net total shift, industry mix plus competitive share: e_j2 - e_j1 (E2 / E1).</summary>
    public double NetTotalShift => IndustryMix + Competitive;
}
