namespace ClusterScope.Analytics.LinearAlgebra;

/// <summary>Eigenvalues and eigenvectors of a symmetric tridiagonal matrix by the implicit QL method.</summary>
/// <remarks>EISPACK <c>tql2</c> (Bowdler, Martin, Reinsch and Wilkinson 1968) as transcribed in JAMA;
/// used on the small Lanczos matrices, where it is exact to rounding.</remarks>
internal static class SymmetricTridiagonal
{
    /// <summary>Eigenvalues in ascending order and the eigenvectors as columns of a row-major n x n array.</summary>
    /// <param name="diagonal">The n diagonal entries.</param>
    /// <param name="offDiagonal">The n - 1 entries below the diagonal.</param>
    public static (double[] Values, double[] Vectors) Decompose(ReadOnlySpan<double> diagonal, ReadOnlySpan<double> offDiagonal)
    {
        var n = diagonal.Length;
        var d = diagonal.ToArray();
        var e = new double[n];
        offDiagonal.CopyTo(e);
        var v = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            v[(i * n) + i] = 1;
        }

        Iterate(d, e, v, n);
        Sort(d, v, n);
        return (d, v);
    }

    private static void Iterate(double[] d, double[] e, double[] v, int n)
    {
        double f = 0, tst1 = 0;
        var eps = Math.Pow(2, -52);
        for (var l = 0; l < n; l++)
        {
            tst1 = Math.Max(tst1, Math.Abs(d[l]) + Math.Abs(e[l]));
            var m = l;
            while (m < n - 1 && Math.Abs(e[m]) > eps * tst1)
            {
                m++;
            }

            if (m > l)
            {
                var iterations = 0;
                do
                {
                    if (++iterations > 60)
                    {
                        throw new InvalidOperationException("The tridiagonal QL iteration did not converge.");
                    }

                    f += Step(d, e, v, n, l, m);
                }
                while (Math.Abs(e[l]) > eps * tst1);
            }

            d[l] += f;
            e[l] = 0;
        }
    }

    private static double Step(double[] d, double[] e, double[] v, int n, int l, int m)
    {
        var g = d[l];
        var p = (d[l + 1] - g) / (2 * e[l]);
        var r = double.Hypot(p, 1);
        if (p < 0)
        {
            r = -r;
        }

        d[l] = e[l] / (p + r);
        d[l + 1] = e[l] * (p + r);
        var dl1 = d[l + 1];
        var h = g - d[l];
        for (var i = l + 2; i < n; i++)
        {
            d[i] -= h;
        }

        p = d[m];
        double c = 1, c2 = 1, c3 = 1, s = 0, s2 = 0;
        var el1 = e[l + 1];
        for (var i = m - 1; i >= l; i--)
        {
            c3 = c2;
            c2 = c;
            s2 = s;
            g = c * e[i];
            var hh = c * p;
            r = double.Hypot(p, e[i]);
            e[i + 1] = s * r;
            s = e[i] / r;
            c = p / r;
            p = (c * d[i]) - (s * g);
            d[i + 1] = hh + (s * ((c * g) + (s * d[i])));
            for (var k = 0; k < n; k++)
            {
                var row = k * n;
                var t = v[row + i + 1];
                v[row + i + 1] = (s * v[row + i]) + (c * t);
                v[row + i] = (c * v[row + i]) - (s * t);
            }
        }

        p = -s * s2 * c3 * el1 * e[l] / dl1;
        e[l] = s * p;
        d[l] = c * p;
        return h;
    }

    private static void Sort(double[] d, double[] v, int n)
    {
        for (var i = 0; i < n - 1; i++)
        {
            var k = i;
            for (var j = i + 1; j < n; j++)
            {
                if (d[j] < d[k])
                {
                    k = j;
                }
            }

            if (k != i)
            {
                (d[i], d[k]) = (d[k], d[i]);
                for (var row = 0; row < n; row++)
                {
                    (v[(row * n) + i], v[(row * n) + k]) = (v[(row * n) + k], v[(row * n) + i]);
                }
            }
        }
    }
}
