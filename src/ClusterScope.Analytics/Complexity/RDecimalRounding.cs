namespace ClusterScope.Analytics.Complexity;

/// <summary>R 4.x <c>round(x, digits)</c> for digits &gt; 0, decided on the binary value exactly as R decides it.</summary>
/// <remarks>R's <c>private_fround</c> (src/nmath/fround.c, R &gt;= 4.0.0) takes the two decimal candidates
/// floor(x 10^d) / 10^d and ceil(x 10^d) / 10^d and returns the nearer one to x, ties to the even last digit.
/// Scaling, rounding and unscaling (what <see cref="Math.Round(double, int, MidpointRounding)"/> does) can differ at
/// decimal midpoints: R rounds the double 0.01875 to 0.0187 and .NET to 0.0188. EconGeo's <c>kci</c> rounds such
/// entries of M_cc, and one flipped entry moves KCI by 3e-6, so the complexity code uses R's rule.</remarks>
internal static class RDecimalRounding
{
    public static double Round(double x, int digits)
    {
        if (!double.IsFinite(x) || digits <= 0)
        {
            return RRound.Round(x, digits);
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
