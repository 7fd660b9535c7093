namespace ClusterScope.Analytics.ShiftShare;

/// <summary>The Esteban-Marquillas (1972) shift-share components of one region.</summary>
/// <param name="Growth">Change of the region's employment, e_j2 - e_j1.</param>
/// <param name="NationalShare">e_j1 (E2 / E1) - e_j1, as in <see cref="DunnComponents"/>.</param>
/// <param name="IndustryMix">sum_i e_ij1 (e_i2 / e_i1 - E2 / E1), as in <see cref="DunnComponents"/>.</param>
/// <param name="Competitive">Competitive effect on homothetic employment, sum_i h_ij (e_ij2 / e_ij1 - e_i2 / e_i1),
/// h_ij = e_j1 e_i1 / E1 (the region's employment laid out as the nation's).</param>
/// <param name="Allocation">Allocation effect, sum_i (e_ij1 - h_ij)(e_ij2 / e_ij1 - e_i2 / e_i1): competitive
/// advantage in the industries the region is specialised in. Competitive plus allocation is Dunn's competitive share.</param>
public sealed record EstebanMarquillasComponents(
    double Growth, double NationalShare, double IndustryMix, double Competitive, double Allocation);
