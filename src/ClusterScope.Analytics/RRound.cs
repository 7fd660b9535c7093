namespace ClusterScope.Analytics;

/// <summary>R's <c>round(x, digits)</c>, so that results reproduce peer packages that round internally.</summary>
/// <remarks>R &gt;= 4.0.0 (<c>private_fround</c> in src/nmath/fround.c) takes the two decimal candidates
/// floor(x 10^d) / 10^d and ceil(x 10^d) / 10^d and returns the one nearer to the binary x, ties to the even last digit.
/// Scaling, rounding and unscaling, as <see cref="Math.Round(double, int, MidpointRounding)"/> does, can differ at decimal
/// midpoints: R rounds the double 0.01875 to 0.0187 and .NET to 0.0188. For digits &lt;= 0 both agree (half to even).
/// NaN and infinities are returned unchanged.</remarks>
public static class RRound
{
    /// <summary>Rounds <paramref name="x"/> to <paramref name="digits"/> decimal places as R does.</summary>
    /// <remarks>R Core Team, <c>base::round</c> (R 4.0.0 algorithm). Used by <see cref="Rounding.EconGeo"/>.</remarks>
    public static double Round(double x, int digits)
    {
        if (!double.IsFinite(x))
        {
            return x;
        }

        if (digits <= 0)
        {
            return Math.Round(x, Math.Max(0, digits), MidpointRounding.ToEven);
        }

        var sign = x < 0 ? -1.0 : 1.0;
        x = Math.Abs(x);
        var pow10 = Math.Pow(10, digits);
        var x10 = pow10 * x;
        var i10 = Math.Floor(x10);
        var down = i10 / pow10;
        var up = Math.Ceiling(x10) / pow10;
        var (du, dd) = (up - x, x - down);
        return sign * ((du < dd || (du == dd && i10 % 2 == 1)) ? up : down);
    }
}
