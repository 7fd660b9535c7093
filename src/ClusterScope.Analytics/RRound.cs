namespace ClusterScope.Analytics;

/// <summary>R's <c>round(x, digits)</c>, so that results reproduce peer packages that round internally.</summary>
/// <remarks>R 4.x rounds to the nearest representable value and breaks exact ties to even
/// (<see cref="MidpointRounding.ToEven"/>), which is what <see cref="Math.Round(double, int, MidpointRounding)"/> does
/// for the digit counts used here (0 to 5). NaN stays NaN.</remarks>
public static class RRound
{
    /// <summary>Rounds <paramref name="x"/> to <paramref name="digits"/> decimal places as R does.</summary>
    /// <remarks>R Core Team, <c>base::round</c> (R 4.0.0 algorithm). Used by <see cref="Rounding.EconGeo"/>.</remarks>
    public static double Round(double x, int digits) =>
        double.IsFinite(x) ? Math.Round(x, digits, MidpointRounding.ToEven) : x;
}
