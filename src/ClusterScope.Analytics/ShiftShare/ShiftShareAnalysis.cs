using System.Globalization;

namespace ClusterScope.Analytics.ShiftShare;

/// <summary>Shift-share analysis of regional employment change: Dunn, Esteban-Marquillas and Gerfin, static,
/// dynamic and by industry.</summary>
/// <remarks>Inputs are regions x industries matrices of regional employment at a base and an end year and the
/// national employment of each industry at both years. Whether the nation includes the regions is the caller's
/// choice. Defaults follow REAT 3.0.3 <c>shift</c>, which matches the papers.</remarks>
public static partial class ShiftShareAnalysis
{
    /// <summary>Classic shift-share components of every region.</summary>
    /// <remarks>Dunn (1960), "A statistical and analytical technique for regional analysis", <i>Papers of the Regional
    /// Science Association</i> 6; REAT 3.0.3 <c>shift(..., shift.method = "Dunn")</c>. National share
    /// e_j1 (E2/E1) - e_j1; industry mix sum_i e_ij1 (e_i2/e_i1 - E2/E1); competitive share
    /// sum_i e_ij1 (e_ij2/e_ij1 - e_i2/e_i1), computed as sum_i (e_ij2 - e_ij1 e_i2/e_i1) so that an industry new
    /// to the region (zero base cell) counts its whole end employment as competitive gain (REAT gives NaN there).
    /// Growth = national share + industry mix + competitive share.</remarks>
    /// <exception cref="ArgumentException">Shapes differ, a value is negative or not finite (named by region,
    /// industry and year 0 = base, 1 = end), or an industry's national base employment is zero.</exception>
    public static DunnComponents[] Dunn(Matrix regionalBase, Matrix regionalEnd, ReadOnlySpan<double> nationalBase,
        ReadOnlySpan<double> nationalEnd) =>
        Dunn(ShiftSharePeriod.Create(regionalBase, regionalEnd, nationalBase, nationalEnd));

    /// <summary>Esteban-Marquillas shift-share components of every region.</summary>
    /// <remarks>Esteban-Marquillas (1972), "A reinterpretation of shift-share analysis", <i>Regional and Urban
    /// Economics</i> 2(3); REAT 3.0.3 <c>shift(..., shift.method = "Esteban")</c>. Homothetic employment
    /// h_ij = e_j1 e_i1 / E1 replaces e_ij1 in the competitive effect; the allocation effect is
    /// sum_i (e_ij1 - h_ij)(e_ij2/e_ij1 - e_i2/e_i1). Both need each cell's growth rate, so a zero base cell is refused.</remarks>
    /// <exception cref="ArgumentException">As <see cref="Dunn(Matrix, Matrix, ReadOnlySpan{double}, ReadOnlySpan{double})"/>,
    /// and a zero base-year cell (named by region, industry and year).</exception>
    public static EstebanMarquillasComponents[] EstebanMarquillas(Matrix regionalBase, Matrix regionalEnd,
        ReadOnlySpan<double> nationalBase, ReadOnlySpan<double> nationalEnd) =>
        EstebanMarquillas(ShiftSharePeriod.Create(regionalBase, regionalEnd, nationalBase, nationalEnd));

    /// <summary>Gerfin's multiplicative shift-share ratios of every region.</summary>
    /// <remarks>Gerfin (1964), "Gesamtwirtschaftliches Wachstum und regionale Entwicklung", <i>Kyklos</i> 17(4);
    /// REAT 3.0.3 <c>shift(..., shift.method = "Gerfin")</c>. With x_j = sum_i e_ij1 e_i2/e_i1 (end employment at
    /// national industry rates): industry mix (x_j/e_j1)/(E2/E1), regional factor (e_j2/e_j1)/(x_j/e_j1),
    /// total (e_j2/e_j1)/(E2/E1).</remarks>
    /// <exception cref="ArgumentException">As <see cref="Dunn(Matrix, Matrix, ReadOnlySpan{double}, ReadOnlySpan{double})"/>,
    /// and a region with zero base-year employment (named).</exception>
    public static GerfinRatios[] Gerfin(Matrix regionalBase, Matrix regionalEnd, ReadOnlySpan<double> nationalBase,
        ReadOnlySpan<double> nationalEnd) =>
        Gerfin(ShiftSharePeriod.Create(regionalBase, regionalEnd, nationalBase, nationalEnd));

    internal static DunnComponents[] Dunn(ShiftSharePeriod p)
    {
        var result = new DunnComponents[p.Regions];
        for (var r = 0; r < p.Regions; r++)
        {
            var (start, end) = (p.RegionBaseTotal(r), p.RegionEndTotal(r));
            var (atIndustryRates, competitive) = (0.0, 0.0);
            for (var i = 0; i < p.Industries; i++)
            {
                var expected = p.RegionalBase[r, i] * p.NationalGrowth[i];
                atIndustryRates += expected;
                competitive += p.RegionalEnd[r, i] - expected;
            }

            var atNationalRate = start * p.NationalFactor;
            result[r] = new DunnComponents(end - start, atNationalRate - start, atIndustryRates - atNationalRate, competitive);
        }

        return result;
    }

    internal static EstebanMarquillasComponents[] EstebanMarquillas(ShiftSharePeriod p)
    {
        var dunn = Dunn(p);
        var baseNational = p.NationalBaseShares;
        var result = new EstebanMarquillasComponents[p.Regions];
        for (var r = 0; r < p.Regions; r++)
        {
            var start = p.RegionBaseTotal(r);
            var (competitive, allocation) = (0.0, 0.0);
            for (var i = 0; i < p.Industries; i++)
            {
                var homothetic = start * baseNational[i];
                var advantage = p.RegionalGrowth(r, i) - p.NationalGrowth[i];
                competitive += homothetic * advantage;
                allocation += (p.RegionalBase[r, i] - homothetic) * advantage;
            }

            result[r] = new EstebanMarquillasComponents(dunn[r].Growth, dunn[r].NationalShare, dunn[r].IndustryMix, competitive, allocation);
        }

        return result;
    }

    internal static GerfinRatios[] Gerfin(ShiftSharePeriod p)
    {
        var result = new GerfinRatios[p.Regions];
        for (var r = 0; r < p.Regions; r++)
        {
            var start = p.RegionBaseTotal(r);
            if (!(start > 0))
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"Region {r} has zero employment in year {p.BaseYear}: its Gerfin ratios are undefined."));
            }

            var atIndustryRates = 0.0;
            for (var i = 0; i < p.Industries; i++)
            {
                atIndustryRates += p.RegionalBase[r, i] * p.NationalGrowth[i];
            }

            var (regionalRate, mixRate) = (p.RegionEndTotal(r) / start, atIndustryRates / start);
            result[r] = new GerfinRatios(mixRate / p.NationalFactor, regionalRate / mixRate, regionalRate / p.NationalFactor);
        }

        return result;
    }
}
