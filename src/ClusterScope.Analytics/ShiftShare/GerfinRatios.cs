namespace ClusterScope.Analytics.ShiftShare;

/// <summary>Gerfin's (1964) multiplicative shift-share ratios of one region (1 = the national rate).</summary>
/// <param name="IndustryMix">Structural factor: (sum_i e_ij1 e_i2 / e_i1) / e_j1 divided by E2 / E1.</param>
/// <param name="RegionalFactor">Regional (location) factor: (e_j2 / e_j1) divided by (sum_i e_ij1 e_i2 / e_i1) / e_j1.</param>
/// <param name="Total">Total factor, (e_j2 / e_j1) / (E2 / E1) = industry mix x regional factor.</param>
public sealed record GerfinRatios(double IndustryMix, double RegionalFactor, double Total);
