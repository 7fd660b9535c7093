namespace ClusterScope.Analytics.Composite;

/// <summary>Cyclic Jacobi rotations for the small symmetric matrices of PCA weighting (a few dozen indicators).</summary>
/// <remarks>Golub and Van Loan (2013), <i>Matrix Computations</i>, 4th ed., section 8.5.</remarks>
internal static class SymmetricEigen
{
    /// <summary>The unit eigenvector of the largest eigenvalue, signed so that its largest-magnitude entry is positive.</summary>
    public static double[] Leading(double[,] symmetric)
    {
        var n = symmetric.GetLength(0);
        var a = (double[,])symmetric.Clone();
        var v = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            v[i, i] = 1;
        }

        for (var sweep = 0; sweep < 100 && OffDiagonal(a) > 1e-30; sweep++)
        {
            for (var p = 0; p < n - 1; p++)
            {
                for (var q = p + 1; q < n; q++)
                {
                    Rotate(a, v, p, q);
                }
            }
        }

        var best = Enumerable.Range(0, n).MaxBy(i => a[i, i]);
        var vector = Enumerable.Range(0, n).Select(i => v[i, best]).ToArray();
        var sign = Math.Sign(vector.MaxBy(Math.Abs));
        return vector.Select(x => x * (sign == 0 ? 1 : sign)).ToArray();
    }

    private static double OffDiagonal(double[,] a)
    {
        double sum = 0;
        for (var i = 0; i < a.GetLength(0); i++)
        {
            for (var j = 0; j < a.GetLength(0); j++)
            {
                sum += i == j ? 0 : a[i, j] * a[i, j];
            }
        }

        return sum;
    }

    private static void Rotate(double[,] a, double[,] v, int p, int q)
    {
        if (a[p, q] == 0)
        {
            return;
        }

        var theta = (a[q, q] - a[p, p]) / (2 * a[p, q]);
        var t = Math.Sign(theta == 0 ? 1 : theta) / (Math.Abs(theta) + Math.Sqrt((theta * theta) + 1));
        var c = 1 / Math.Sqrt((t * t) + 1);
        var s = t * c;
        var n = a.GetLength(0);
        for (var k = 0; k < n; k++)
        {
            var (akp, akq) = (a[k, p], a[k, q]);
            a[k, p] = (c * akp) - (s * akq);
            a[k, q] = (s * akp) + (c * akq);
        }

        for (var k = 0; k < n; k++)
        {
            var (apk, aqk) = (a[p, k], a[q, k]);
            a[p, k] = (c * apk) - (s * aqk);
            a[q, k] = (s * apk) + (c * aqk);
        }

        for (var k = 0; k < n; k++)
        {
            var (vkp, vkq) = (v[k, p], v[k, q]);
            v[k, p] = (c * vkp) - (s * vkq);
            v[k, q] = (s * vkp) + (c * vkq);
        }
    }
}
