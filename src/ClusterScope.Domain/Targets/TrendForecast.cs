namespace ClusterScope.Domain.Targets;

/// <summary>Extends a yearly series to a later year by least squares, with a 95 % prediction interval.</summary>
/// <remarks>Linear trend: ordinary least squares y = a + b·t; compound growth: the same fit of ln y (a constant growth rate
/// e^b − 1), forecast exp(a + b·t₀) (the median of the log-normal forecast). The prediction interval is the textbook one
/// for a new observation (Montgomery, Peck and Vining, <i>Introduction to Linear Regression Analysis</i>, §2.5):
/// ŷ₀ ± t(0.975, n − 2)·s·√(1 + 1/n + (t₀ − t̄)² / Sₜₜ), with s² = SSE / (n − 2); for compound growth it is computed on the
/// log scale and exponentiated. Two points give a forecast without an interval; fewer give none. Compound growth needs
/// every value above zero. The interval assumes independent, normal residuals around the trend: with a dozen yearly
/// points it says how far the trend alone is uncertain, not how far the future may depart from it.</remarks>
public static class TrendForecast
{
    /// <summary>The coverage of the prediction intervals.</summary>
    public const double Level = 0.95;

    /// <summary>The forecast of <paramref name="series"/> at <paramref name="year"/> by <paramref name="method"/>; null when the
    /// series cannot be fitted (fewer than two distinct years, or a value at or below zero for compound growth).</summary>
    public static Forecast? Extend(IReadOnlyList<YearValue> series, int year, ForecastMethod method) =>
        method == ForecastMethod.CompoundGrowth ? Compound(series, year) : Linear(series, year);

    /// <summary>The linear-trend forecast; see the remarks of the type.</summary>
    public static Forecast? Linear(IReadOnlyList<YearValue> series, int year)
    {
        ArgumentNullException.ThrowIfNull(series);
        var fit = Fit(series.Select(p => (p.Year, p.Value)).ToList(), year);
        return fit is null ? null
            : new Forecast(ForecastMethod.LinearTrend, year, fit.Value.Point, fit.Value.Point - fit.Value.HalfWidth,
                fit.Value.Point + fit.Value.HalfWidth, Level, series.Count, fit.Value.Slope);
    }

    /// <summary>The compound-growth forecast; see the remarks of the type.</summary>
    public static Forecast? Compound(IReadOnlyList<YearValue> series, int year)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Any(p => !(p.Value > 0)))
        {
            return null;
        }

        var fit = Fit(series.Select(p => (p.Year, Math.Log(p.Value))).ToList(), year);
        return fit is null ? null
            : new Forecast(ForecastMethod.CompoundGrowth, year, Math.Exp(fit.Value.Point), Exp(fit.Value.Point - fit.Value.HalfWidth),
                Exp(fit.Value.Point + fit.Value.HalfWidth), Level, series.Count, Math.Exp(fit.Value.Slope) - 1);
    }

    private static double? Exp(double? x) => x is null ? null : Math.Exp(x.Value);

    private static (double Point, double Slope, double? HalfWidth)? Fit(List<(int Year, double Y)> points, int year)
    {
        var n = points.Count;
        if (n < 2 || points.Select(p => p.Year).Distinct().Count() < 2 || points.Any(p => !double.IsFinite(p.Y)))
        {
            return null;
        }

        var meanT = points.Average(p => (double)p.Year);
        var meanY = points.Average(p => p.Y);
        // Centred sums: the years are large numbers (≈ 2000) and their raw squares would lose digits.
        var stt = points.Sum(p => (p.Year - meanT) * (p.Year - meanT));
        var sty = points.Sum(p => (p.Year - meanT) * (p.Y - meanY));
        var slope = sty / stt;
        var intercept = meanY - (slope * meanT);
        var point = intercept + (slope * year);
        if (n < 3)
        {
            return (point, slope, null);
        }

        var sse = points.Sum(p => Math.Pow(p.Y - (intercept + (slope * p.Year)), 2));
        var s = Math.Sqrt(sse / (n - 2));
        var halfWidth = StudentT.Quantile975Of(n - 2) * s * Math.Sqrt(1 + (1.0 / n) + ((year - meanT) * (year - meanT) / stt));
        return (point, slope, halfWidth);
    }
}
