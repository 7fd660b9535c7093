using ClusterScope.Analytics;

namespace ClusterScope.Analytics.Tests;

/// <summary>The assertions every analytics test shares: closeness at the reference tolerance, and invariances.</summary>
public static class AnalyticsAssert
{
    /// <summary>The reference tolerance: 1e-9 relative with a 1e-12 absolute floor (as tools/compare.py).</summary>
    public const double RelativeTolerance = 1e-9;
    public const double AbsoluteTolerance = 1e-12;

    public static bool AreClose(double expected, double actual, double rtol = RelativeTolerance, double atol = AbsoluteTolerance)
    {
        if (double.IsNaN(expected) || double.IsNaN(actual))
        {
            return double.IsNaN(expected) && double.IsNaN(actual);
        }

        if (double.IsInfinity(expected) || double.IsInfinity(actual))
        {
            return expected.Equals(actual);
        }

        return Math.Abs(expected - actual) <= atol + (rtol * Math.Abs(expected));
    }

    public static void Close(double expected, double actual, double rtol = RelativeTolerance, double atol = AbsoluteTolerance, string? what = null)
    {
        if (!AreClose(expected, actual, rtol, atol))
        {
            Assert.Fail($"{what ?? "value"}: expected {expected:R}, got {actual:R} (|diff| {Math.Abs(expected - actual):E3})");
        }
    }

    public static void Close(ReadOnlySpan<double> expected, ReadOnlySpan<double> actual, double rtol = RelativeTolerance, double atol = AbsoluteTolerance, string? what = null)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Close(expected[i], actual[i], rtol, atol, $"{what ?? "element"}[{i}]");
        }
    }

    public static void Close(Matrix expected, Matrix actual, double rtol = RelativeTolerance, double atol = AbsoluteTolerance, string? what = null)
    {
        Assert.Equal(expected.Rows, actual.Rows);
        Assert.Equal(expected.Columns, actual.Columns);
        for (var r = 0; r < expected.Rows; r++)
        {
            for (var c = 0; c < expected.Columns; c++)
            {
                Close(expected[r, c], actual[r, c], rtol, atol, $"{what ?? "matrix"}[{r},{c}]");
            }
        }
    }

    /// <summary>Asserts that permuting the rows of the input permutes the per-row result the same way.</summary>
    public static void RowPermutationInvariant(Matrix input, Func<Matrix, double[]> perRow, int seed = 42)
    {
        var permutation = Enumerable.Range(0, input.Rows).ToArray();
        new Random(seed).Shuffle(permutation);
        var permuted = new Matrix(input.Rows, input.Columns);
        for (var r = 0; r < input.Rows; r++)
        {
            input.Row(permutation[r]).CopyTo(permuted.RowSpan(r));
        }

        var original = perRow(input);
        var shuffled = perRow(permuted);
        for (var r = 0; r < input.Rows; r++)
        {
            Close(original[permutation[r]], shuffled[r], what: $"row {permutation[r]} after permutation");
        }
    }

    /// <summary>A seeded random non-negative matrix with about <paramref name="zeroShare"/> of its cells zero.</summary>
    public static Matrix RandomMatrix(int rows, int columns, int seed, double zeroShare = 0.3)
    {
        var random = new Random(seed);
        var m = new Matrix(rows, columns);
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                m[r, c] = random.NextDouble() < zeroShare ? 0 : Math.Exp(random.NextDouble() * 6);
            }
        }

        return m;
    }
}
