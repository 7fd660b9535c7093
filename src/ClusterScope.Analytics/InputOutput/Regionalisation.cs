namespace ClusterScope.Analytics.InputOutput;

/// <summary>Regional input coefficients from a national table by location quotients: r_ij = a_ij min(LQ_ij, 1).</summary>
/// <remarks>Miller and Blair (2009), section 8.3; Flegg, Webber and Elliott (1995), "On the appropriate use of location
/// quotients in generating regional input-output tables", <i>Regional Studies</i> 29; Flegg and Webber (1997),
/// <i>Regional Studies</i> 31 (FLQ with SLQ_i on the diagonal); Flegg and Webber (2000), <i>Regional Studies</i> 34
/// (AFLQ). The size measure (output or employment) is the caller's; a delta of 0.3 is the value the literature settled on
/// (Flegg and Tohmo 2013, <i>Regional Studies</i> 47).</remarks>
public static class Regionalisation
{
    /// <summary>The usual delta of the FLQ (Flegg and Webber 1997; Flegg and Tohmo 2013).</summary>
    public const double DefaultDelta = 0.3;

    /// <summary>SLQ_i = (r_i / sum r) / (n_i / sum n). A sector absent nationally gets 1 (its coefficients stay as they are).</summary>
    /// <remarks>Miller and Blair (2009), eq. 8.8.</remarks>
    /// <exception cref="ArgumentException">The vectors differ in length, a value is negative, or a total is zero.</exception>
    public static double[] SimpleQuotients(ReadOnlySpan<double> regional, ReadOnlySpan<double> national)
    {
        if (regional.Length != national.Length)
        {
            throw new ArgumentException($"{regional.Length} regional and {national.Length} national values.");
        }

        var r = System.Numerics.Tensors.TensorPrimitives.Sum(regional);
        var n = System.Numerics.Tensors.TensorPrimitives.Sum(national);
        if (!(r > 0) || !(n > 0) || System.Numerics.Tensors.TensorPrimitives.Min(regional) < 0 || System.Numerics.Tensors.TensorPrimitives.Min(national) < 0)
        {
            throw new ArgumentException("Regional and national sizes must be non-negative with positive totals.");
        }

        var slq = new double[regional.Length];
        for (var i = 0; i < slq.Length; i++)
        {
            slq[i] = national[i] == 0 ? 1 : regional[i] / r / (national[i] / n);
        }

        return slq;
    }

    /// <summary>The quotient matrix LQ_ij of a method (rows selling, columns buying sectors).</summary>
    /// <remarks>SLQ: LQ_ij = SLQ_i (eq. 8.8); CILQ: SLQ_i / SLQ_j, SLQ_i on the diagonal (eq. 8.10); FLQ: lambda CILQ_ij
    /// with lambda = [log2(1 + R / N)]^delta (Flegg et al. 1995); AFLQ: FLQ_ij log2(1 + SLQ_j) when SLQ_j &gt; 1 (Flegg and
    /// Webber 2000). A buying sector absent from the region (SLQ_j = 0) keeps its coefficients (CILQ infinite, capped at 1).</remarks>
    /// <exception cref="ArgumentOutOfRangeException">delta is outside [0, 1).</exception>
    public static Matrix Quotients(ReadOnlySpan<double> regional, ReadOnlySpan<double> national, RegionalisationMethod method, double delta = DefaultDelta)
    {
        if (!(delta >= 0 && delta < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(delta), delta, "delta must be in [0, 1).");
        }

        var slq = SimpleQuotients(regional, national);
        var size = System.Numerics.Tensors.TensorPrimitives.Sum(regional) / System.Numerics.Tensors.TensorPrimitives.Sum(national);
        var lambda = Math.Pow(Math.Log2(1 + size), delta);
        var k = slq.Length;
        var lq = new Matrix(k, k);
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                var cilq = i == j ? slq[i] : slq[j] == 0 ? double.PositiveInfinity : slq[i] / slq[j];
                lq[i, j] = method switch
                {
                    RegionalisationMethod.Slq => slq[i],
                    RegionalisationMethod.Cilq => cilq,
                    RegionalisationMethod.Flq => lambda * cilq,
                    RegionalisationMethod.Aflq => lambda * cilq * (slq[j] > 1 ? Math.Log2(1 + slq[j]) : 1),
                    _ => throw new ArgumentOutOfRangeException(nameof(method), method, null),
                };
            }
        }

        return lq;
    }

    /// <summary>r_ij = a_ij min(LQ_ij, 1): national coefficients scaled down where the region cannot supply itself.</summary>
    /// <remarks>Miller and Blair (2009), eq. 8.9: quotients above 1 leave the coefficient unchanged; what is removed is
    /// taken to be imported from other regions.</remarks>
    /// <exception cref="ArgumentException">A and the quotients differ in shape.</exception>
    public static Matrix Apply(Matrix a, Matrix quotients)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(quotients);
        if (a.Rows != quotients.Rows || a.Columns != quotients.Columns)
        {
            throw new ArgumentException($"A is {a.Rows}x{a.Columns} and the quotients {quotients.Rows}x{quotients.Columns}.");
        }

        var r = new Matrix(a.Rows, a.Columns);
        for (var i = 0; i < a.Rows; i++)
        {
            for (var j = 0; j < a.Columns; j++)
            {
                r[i, j] = a[i, j] * Math.Min(quotients[i, j], 1);
            }
        }

        return r;
    }
}
