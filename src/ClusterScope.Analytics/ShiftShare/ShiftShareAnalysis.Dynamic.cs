using System.Globalization;

namespace ClusterScope.Analytics.ShiftShare;

public static partial class ShiftShareAnalysis
{
    /// <summary>Dynamic classic shift-share: the Dunn components of every consecutive year pair, summed.</summary>
    /// <remarks>Barff &amp; Knight (1988), "Dynamic shift-share analysis", <i>Growth and Change</i> 19(2);
    /// REAT 3.0.3 <c>shiftd(..., shift.method = "Dunn")</c>. Each pair is as
    /// <see cref="Dunn(Matrix, Matrix, ReadOnlySpan{double}, ReadOnlySpan{double})"/>; the growth totals the change
    /// from the first to the last year.</remarks>
    /// <param name="regional">Regions x industries employment of each year, in time order (two or more).</param>
    /// <param name="national">Years x industries national employment, rows in the same order.</param>
    /// <exception cref="ArgumentException">Fewer than two years, year counts or shapes differ, or a value is invalid
    /// (named by region, industry and year index in the panel).</exception>
    public static DynamicShiftShare<DunnComponents> DunnDynamic(IReadOnlyList<Matrix> regional, Matrix national)
    {
        var periods = Periods(regional, national).Select(Dunn).ToArray();
        var total = Combine(periods, parts => new DunnComponents(
            parts.Sum(c => c.Growth), parts.Sum(c => c.NationalShare), parts.Sum(c => c.IndustryMix), parts.Sum(c => c.Competitive)));
        return new DynamicShiftShare<DunnComponents>(total, periods);
    }

    /// <summary>Dynamic Esteban-Marquillas shift-share: the components of every consecutive year pair, summed.</summary>
    /// <remarks>Barff &amp; Knight (1988) applied to Esteban-Marquillas (1972); REAT 3.0.3
    /// <c>shiftd(..., shift.method = "Esteban")</c>. Each pair is as
    /// <see cref="EstebanMarquillas(Matrix, Matrix, ReadOnlySpan{double}, ReadOnlySpan{double})"/>, so a zero
    /// cell in any year but the last is refused.</remarks>
    /// <param name="regional">Regions x industries employment of each year, in time order (two or more).</param>
    /// <param name="national">Years x industries national employment, rows in the same order.</param>
    /// <exception cref="ArgumentException">As <see cref="DunnDynamic"/>, and a zero cell in a base year.</exception>
    public static DynamicShiftShare<EstebanMarquillasComponents> EstebanMarquillasDynamic(IReadOnlyList<Matrix> regional, Matrix national)
    {
        var periods = Periods(regional, national).Select(EstebanMarquillas).ToArray();
        var total = Combine(periods, parts => new EstebanMarquillasComponents(
            parts.Sum(c => c.Growth), parts.Sum(c => c.NationalShare), parts.Sum(c => c.IndustryMix),
            parts.Sum(c => c.Competitive), parts.Sum(c => c.Allocation)));
        return new DynamicShiftShare<EstebanMarquillasComponents>(total, periods);
    }

    /// <summary>Dynamic Gerfin ratios: the ratios of every consecutive year pair, averaged or chained.</summary>
    /// <remarks>Gerfin (1964) over a panel. <see cref="GerfinAggregation.Mean"/> (default) reproduces REAT 3.0.3
    /// <c>shiftd(..., shift.method = "Gerfin", gerfin.shifts = "mean")</c>; <see cref="GerfinAggregation.Product"/>
    /// chains them, so the total equals the static ratio of the first and last year. (REAT's own default,
    /// <c>gerfin.shifts = "sum"</c>, adds ratios, which has no multiplicative meaning and is not offered.)</remarks>
    /// <param name="regional">Regions x industries employment of each year, in time order (two or more).</param>
    /// <param name="national">Years x industries national employment, rows in the same order.</param>
    /// <param name="aggregation">How the yearly ratios combine.</param>
    /// <exception cref="ArgumentException">As <see cref="DunnDynamic"/>, and a region with zero employment in a base year.</exception>
    public static DynamicShiftShare<GerfinRatios> GerfinDynamic(IReadOnlyList<Matrix> regional, Matrix national,
        GerfinAggregation aggregation = GerfinAggregation.Mean)
    {
        var periods = Periods(regional, national).Select(Gerfin).ToArray();
        Func<IEnumerable<double>, double> combine = aggregation == GerfinAggregation.Product
            ? values => values.Aggregate(1.0, (product, v) => product * v)
            : values => values.Average();
        var total = Combine(periods, parts => new GerfinRatios(
            combine(parts.Select(c => c.IndustryMix)), combine(parts.Select(c => c.RegionalFactor)), combine(parts.Select(c => c.Total))));
        return new DynamicShiftShare<GerfinRatios>(total, periods);
    }

    internal static IEnumerable<ShiftSharePeriod> Periods(IReadOnlyList<Matrix> regional, Matrix national)
    {
        ArgumentNullException.ThrowIfNull(regional);
        ArgumentNullException.ThrowIfNull(national);
        if (regional.Count < 2 || national.Rows != regional.Count)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"A panel needs two or more years, as many regional matrices as national rows; got {regional.Count} and {national.Rows}."),
                nameof(regional));
        }

        var periods = new ShiftSharePeriod[regional.Count - 1];
        for (var p = 0; p < periods.Length; p++)
        {
            periods[p] = ShiftSharePeriod.Create(regional[p], regional[p + 1], national.Row(p), national.Row(p + 1), p);
        }

        return periods;
    }

    private static T[] Combine<T>(T[][] periods, Func<T[], T> combine)
    {
        var regions = periods[0].Length;
        var total = new T[regions];
        for (var r = 0; r < regions; r++)
        {
            var region = r;
            total[r] = combine([.. periods.Select(period => period[region])]);
        }

        return total;
    }
}
