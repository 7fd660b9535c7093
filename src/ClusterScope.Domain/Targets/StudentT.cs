namespace ClusterScope.Domain.Targets;

/// <summary>Two-sided 95 % quantiles of Student's t distribution, t(0.975, df).</summary>
/// <remarks>Values to three decimals as in every statistical table (e.g. NIST/SEMATECH e-Handbook, table 1.3.6.7.2); from
/// 30 degrees of freedom on, linear interpolation in 1/df between 30 (2.042), 60 (2.000), 120 (1.980) and infinity (1.960).</remarks>
internal static class StudentT
{
    private static readonly double[] Quantile975 =
    [
        double.NaN, 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131,
        2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
    ];

    public static double Quantile975Of(int degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(degreesOfFreedom, 1);
        if (degreesOfFreedom < Quantile975.Length)
        {
            return Quantile975[degreesOfFreedom];
        }

        // Interpolating in 1/df follows the curvature of the quantile far better than in df.
        (double Df, double T)[] knots = [(30, 2.042), (60, 2.000), (120, 1.980), (double.PositiveInfinity, 1.960)];
        for (var i = 0; i < knots.Length - 1; i++)
        {
            if (degreesOfFreedom <= knots[i + 1].Df)
            {
                var (x0, x1, x) = (1 / knots[i].Df, 1 / knots[i + 1].Df, 1.0 / degreesOfFreedom);
                return knots[i].T + ((knots[i + 1].T - knots[i].T) * (x - x0) / (x1 - x0));
            }
        }

        return 1.960;
    }
}
