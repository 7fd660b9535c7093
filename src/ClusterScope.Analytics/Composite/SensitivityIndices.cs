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

        var a = y[..n];
        var b = y.Slice(n, n);
        var ab = y[(2 * n)..].ToArray();
        var variance = SampleVariance(y[..(2 * n)]);
        var first = new double[d];
        var total = new double[d];
        for (var i = 0; i < d; i++)
        {
            double s = 0, t = 0;
            for (var k = 0; k < n; k++)
            {
                var abi = ab[(i * n) + k];
                s += b[k] * (abi - a[k]);
                t += (a[k] - abi) * (a[k] - abi);
            }

            first[i] = s / n / variance;
            total[i] = t / (2 * n * variance);
        }

        return new SensitivityEstimate(variance, first, total);
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
