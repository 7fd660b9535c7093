namespace ClusterScope.Analytics.ShiftShare;

public static partial class ShiftShareAnalysis
{
    /// <summary>Classic shift-share components of every region and industry.</summary>
    /// <remarks>Dunn (1960) split by industry. <see cref="PerIndustryConvention.Dunn"/> (default): national share
    /// e_ij1 (E2/E1 - 1), industry mix e_ij1 (e_i2/e_i1 - E2/E1), competitive e_ij2 - e_ij1 e_i2/e_i1; their sums
    /// over industries are <see cref="Dunn(Matrix, Matrix, ReadOnlySpan{double}, ReadOnlySpan{double})"/>.
    /// <see cref="PerIndustryConvention.Reat"/> reproduces REAT 3.0.3 <c>shifti</c>, which runs each industry as a
    /// one-industry economy: national share e_ij1 (e_i2/e_i1 - 1) (national share plus industry mix), industry mix 0.
    /// A zero base cell is allowed (competitive share = its end employment).</remarks>
    /// <exception cref="ArgumentException">As <see cref="Dunn(Matrix, Matrix, ReadOnlySpan{double}, ReadOnlySpan{double})"/>.</exception>
    public static PerIndustryShiftShare DunnPerIndustry(Matrix regionalBase, Matrix regionalEnd, ReadOnlySpan<double> nationalBase,
        ReadOnlySpan<double> nationalEnd, PerIndustryConvention convention = PerIndustryConvention.Dunn) =>
        PerIndustry([ShiftSharePeriod.Create(regionalBase, regionalEnd, nationalBase, nationalEnd)], convention);

    /// <summary>Dynamic classic shift-share of every region and industry: each consecutive year pair, summed.</summary>
    /// <remarks>Barff &amp; Knight (1988) applied to
    /// <see cref="DunnPerIndustry(Matrix, Matrix, ReadOnlySpan{double}, ReadOnlySpan{double}, PerIndustryConvention)"/>;
    /// <see cref="PerIndustryConvention.Reat"/> reproduces REAT 3.0.3 <c>shiftid(..., shift.method = "Dunn")</c>.</remarks>
    /// <param name="regional">Regions x industries employment of each year, in time order (two or more).</param>
    /// <param name="national">Years x industries national employment, rows in the same order.</param>
    /// <param name="convention">How the national share and industry mix are split by industry.</param>
    /// <exception cref="ArgumentException">As <see cref="DunnDynamic"/>.</exception>
    public static PerIndustryShiftShare DunnPerIndustryDynamic(IReadOnlyList<Matrix> regional, Matrix national,
        PerIndustryConvention convention = PerIndustryConvention.Dunn) =>
        PerIndustry([.. Periods(regional, national)], convention);

    private static PerIndustryShiftShare PerIndustry(ShiftSharePeriod[] periods, PerIndustryConvention convention)
    {
        var (regions, industries) = (periods[0].Regions, periods[0].Industries);
        var (growth, national, mix, competitive) =
            (new Matrix(regions, industries), new Matrix(regions, industries), new Matrix(regions, industries), new Matrix(regions, industries));
        foreach (var p in periods)
        {
            for (var r = 0; r < regions; r++)
            {
                for (var i = 0; i < industries; i++)
                {
                    var (start, end) = (p.RegionalBase[r, i], p.RegionalEnd[r, i]);
                    var expected = start * p.NationalGrowth[i];
                    growth[r, i] += end - start;
                    competitive[r, i] += end - expected;
                    if (convention == PerIndustryConvention.Reat)
                    {
                        national[r, i] += expected - start;
                    }
                    else
                    {
                        national[r, i] += (start * p.NationalFactor) - start;
                        mix[r, i] += expected - (start * p.NationalFactor);
                    }
                }
            }
        }

        return new PerIndustryShiftShare(growth, national, mix, competitive, convention);
    }
}
