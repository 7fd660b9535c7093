namespace ClusterScope.Analytics.ShiftShare;

/// <summary>Shift-share components of every region and industry, each a regions x industries matrix.</summary>
/// <param name="Growth">e_ij2 - e_ij1.</param>
/// <param name="NationalShare">National share of each cell (its meaning depends on the <see cref="PerIndustryConvention"/>).</param>
/// <param name="IndustryMix">Industry mix of each cell (all 0 under <see cref="PerIndustryConvention.Reat"/>).</param>
/// <param name="Competitive">Competitive (regional) share of each cell, e_ij2 - e_ij1 e_i2 / e_i1.</param>
/// <param name="Convention">The split used.</param>
public sealed record PerIndustryShiftShare(
    Matrix Growth, Matrix NationalShare, Matrix IndustryMix, Matrix Competitive, PerIndustryConvention Convention)
{
    /// <summary>Net total shift of one cell: industry mix plus competitive share.</summary>
    /// <remarks>Dunn (1960): net total shift = industry mix + competitive share; under
    /// <see cref="PerIndustryConvention.Reat"/> it equals the competitive share, as in REAT 3.0.3 <c>shifti</c>.</remarks>
    public double NetTotalShift(int region, int industry) => IndustryMix[region, industry] + Competitive[region, industry];
}
