namespace ClusterScope.Analytics.Composite;

/// <summary>Variance-based sensitivity indices from a Saltelli design: which choice drives the rank changes.</summary>
/// <remarks>Saltelli et al. (2010), <i>Computer Physics Communications</i> 181(2), 259-270, first-order estimator;
/// Jansen (1999), <i>Computer Physics Communications</i> 117, total-effect estimator; exactly as COINr 1.1.14
/// <c>SA_estimate</c>: with the outputs ordered A (N runs), B (N), AB_1 .. AB_d (N each; AB_i = A with column i from B),
/// V = sample variance (n - 1) of the 2N values of A and B, S_i = mean(y_B (y_ABi - y_A)) / V and
/// ST_i = sum((y_A - y_ABi)^2) / (2 N V).</remarks>
public static class SensitivityIndices
{
    /// <summary>Estimates S_i and ST_i from the N(d + 2) outputs of a Saltelli design.</summary>
    /// <remarks>COINr <c>SA_estimate(yy, N, d)</c> without bootstrap. A zero variance gives NaN indices.</remarks>
    /// <exception cref="ArgumentException"><paramref name="y"/> does not hold N(d + 2) values, or N &lt; 2.</exception>
    public static SensitivityEstimate Estimate(ReadOnlySpan<double> y, int n, int d)
    {
        if (n < 2 || d < 1 || y.Length != n * (d + 2))
        {
            throw new ArgumentException($"Expected N(d + 2) = {n} x {d + 2} outputs with N >= 2, d >= 1; got {y.Length}.", nameof(y));
        }

        var (variance, first, total) = Indices(y, n, d, null);
        return new SensitivityEstimate(variance, first, total);
    }

    /// <summary>Bootstrap percentile intervals of S_i and ST_i: how far the estimates move with the Monte Carlo sample.</summary>
    /// <remarks>Archer, Saltelli and Sobol (1997), <i>Journal of Statistical Computation and Simulation</i> 58(2),
    /// 99-120: the N rows of the design are resampled with replacement (row k keeps its A, B and AB_i outputs together)
    /// and the estimators of <see cref="Estimate"/> (Saltelli et al. 2010; Jansen 1999) are recomputed on each resample,
    /// as COINr's <c>SA_estimate(Nboot)</c> and R <c>sensobol::sobol_indices(boot = TRUE, type = "percent")</c> do; the
    /// bounds are the (1 - level)/2 and (1 + level)/2 type-7 quantiles of the resampled indices. Resamples come from
    /// <see cref="Random"/>(<paramref name="seed"/>), so the intervals are reproducible. The width shrinks as 1/sqrt(N);
    /// an interval that contains 0 means the index is 0 within the Monte Carlo noise.</remarks>
    /// <exception cref="ArgumentException">As <see cref="Estimate"/>; fewer than 2 resamples; a level outside (0, 1).</exception>
    public static SensitivityBootstrap Bootstrap(ReadOnlySpan<double> y, int n, int d, int resamples, int seed, double level = 0.95)
    {
        if (n < 2 || d < 1 || y.Length != n * (d + 2))
        {
            throw new ArgumentException($"Expected N(d + 2) = {n} x {d + 2} outputs with N >= 2, d >= 1; got {y.Length}.", nameof(y));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(resamples, 2);
        if (!(level is > 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "The confidence level must lie strictly between 0 and 1.");
        }

        var random = new Random(seed);
        var rows = new int[n];
        var first = new double[d][];
        var total = new double[d][];
        for (var i = 0; i < d; i++)
        {
            first[i] = new double[resamples];
            total[i] = new double[resamples];
        }

        for (var b = 0; b < resamples; b++)
        {
            for (var k = 0; k < n; k++)
            {
                rows[k] = random.Next(n);
            }

            var (_, s, t) = Indices(y, n, d, rows);
            for (var i = 0; i < d; i++)
            {
                first[i][b] = s[i];
                total[i][b] = t[i];
            }
        }

        var low = (1 - level) / 2;
        var high = (1 + level) / 2;
        SensitivityInterval Interval(double[] x) => new(Quantile.Type7(x, low), Quantile.Type7(x, high));
        return new SensitivityBootstrap(level, resamples, first.Select(Interval).ToArray(), total.Select(Interval).ToArray());
    }

    // rows[k] names the design row that plays row k; null is the sample itself.
    private static (double Variance, double[] First, double[] Total) Indices(ReadOnlySpan<double> y, int n, int d, int[]? rows)
    {
        var a = new double[n];
        var b = new double[n];
        for (var k = 0; k < n; k++)
        {
            var row = rows?[k] ?? k;
            a[k] = y[row];
            b[k] = y[n + row];
        }

        var variance = SampleVariance([.. a, .. b]);
        var first = new double[d];
        var total = new double[d];
        for (var i = 0; i < d; i++)
        {
            double s = 0, t = 0;
            for (var k = 0; k < n; k++)
            {
                var abi = y[((i + 2) * n) + (rows?[k] ?? k)];
                s += b[k] * (abi - a[k]);
                t += (a[k] - abi) * (a[k] - abi);
            }

            first[i] = s / n / variance;
            total[i] = t / (2 * n * variance);
        }

        return (variance, first, total);
    }

    /// <summary>A Saltelli design: N(d + 2) rows of d uniforms, rows A, B, then AB_1 .. AB_d.</summary>
    /// <remarks>COINr <c>SA_sample(N, d)</c> (Saltelli et al. 2010): A and B independent uniform N x d matrices, AB_i = A
    /// with column i taken from B. Uniforms come from <see cref="Random"/>(<paramref name="seed"/>), A row by row then B
    /// row by row, so the design is reproducible (it differs from R's stream).</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> &lt; 2 or <paramref name="d"/> &lt; 1.</exception>
    public static double[][] Design(int n, int d, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(d, 1);
        var random = new Random(seed);
        var a = Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, d).Select(_ => random.NextDouble()).ToArray()).ToArray();
        var b = Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, d).Select(_ => random.NextDouble()).ToArray()).ToArray();
        var rows = new List<double[]>(n * (d + 2));
        rows.AddRange(a.Select(r => (double[])r.Clone()));
        rows.AddRange(b.Select(r => (double[])r.Clone()));
        for (var i = 0; i < d; i++)
        {
            for (var k = 0; k < n; k++)
            {
                var row = (double[])a[k].Clone();
                row[i] = b[k][i];
                rows.Add(row);
            }
        }

        return rows.ToArray();
    }

    private static double SampleVariance(ReadOnlySpan<double> x)
    {
        double mean = 0;
        foreach (var v in x)
        {
            mean += v;
        }

        mean /= x.Length;
        double ss = 0;
        foreach (var v in x)
        {
            ss += (v - mean) * (v - mean);
        }

        return ss / (x.Length - 1);
    }
}
