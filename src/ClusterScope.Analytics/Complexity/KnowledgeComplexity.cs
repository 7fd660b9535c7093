using System.Numerics.Tensors;
using ClusterScope.Analytics.LinearAlgebra;

namespace ClusterScope.Analytics.Complexity;

/// <summary>EconGeo 2.1's knowledge complexity of regions (<c>kci</c>) and industries (<c>tci</c>).</summary>
/// <remarks>Balland and Rigby (2017), <i>Economic Geography</i> 93(1). EconGeo rounds M_cc = (M / k_c)(M' / k_p) and
/// M_pp = (M' / k_p)(M / k_c) to 4 decimals, takes R <c>eigen()</c>'s second eigenvector and scales it to v / sum(v).
/// The rounded matrices are not symmetrisable any more, so the eigenvector is found by inverse iteration on the rounded
/// matrix shifted by the exact second eigenvalue (within ~1e-4 of the rounded one, far from the third).</remarks>
internal static class KnowledgeComplexity
{
    public static (double[] Kci, double[] Tci) Compute(Matrix presence, double[] diversity, double[] ubiquity, double lambda2)
    {
        var (mcc, mpp) = RoundedTransitions(presence, diversity, ubiquity);

        var kci = SumScaled(SecondEigenvector(mcc, lambda2, "M_cc"));
        if (Moments.Pearson(kci, MethodOfReflections.Regions(presence, 20)) < 0)
        {
            TensorPrimitives.Negate(kci, kci);
        }

        var tci = SumScaled(SecondEigenvector(mpp, lambda2, "M_pp"));
        if (Moments.Spearman(tci, ubiquity) > 0)
        {
            TensorPrimitives.Negate(tci, tci);
        }

        return (kci, tci);
    }

    /// <summary>EconGeo's M_cc and M_pp, each entry rounded to 4 decimals as R rounds R's own matrix product.</summary>
    internal static (Matrix Mcc, Matrix Mpp) RoundedTransitions(Matrix presence, double[] diversity, double[] ubiquity)
    {
        var (nc, np) = (presence.Rows, presence.Columns);
        var byDiversity = new Matrix(nc, np);
        var byUbiquity = new Matrix(nc, np);
        for (var c = 0; c < nc; c++)
        {
            TensorPrimitives.Divide(presence.Row(c), diversity[c], byDiversity.RowSpan(c));
            TensorPrimitives.Divide(presence.Row(c), ubiquity, byUbiquity.RowSpan(c));
        }

        var mcc = Rounded(MatrixProduct.Multiply(byDiversity, byUbiquity, transposeB: true),
            (c, d) => Exact(np, p => presence[c, p] * presence[d, p] != 0, p => (decimal)diversity[c] * (decimal)ubiquity[p]));
        var mpp = Rounded(MatrixProduct.Multiply(byUbiquity.Transpose(), byDiversity, transposeB: false),
            (p, q) => Exact(nc, c => presence[c, p] * presence[c, q] != 0, c => (decimal)ubiquity[p] * (decimal)diversity[c]));

        return (mcc, mpp);
    }

    // R's product of these matrices is the double nearest the exact value; plain double accumulation can land one ulp
    // below a decimal tie (0.021249999999999998 for 17/800) and round down where R rounds up. Entries within reach of a tie
    // are recomputed exactly (decimal, 28 digits) and rounded to the nearest double before R's rounding.
    private static Matrix Rounded(Matrix m, Func<int, int, double> exact)
    {
        for (var r = 0; r < m.Rows; r++)
        {
            var row = m.RowSpan(r);
            for (var c = 0; c < row.Length; c++)
            {
                var scaled = row[c] * 1e4;
                var nearTie = Math.Abs(scaled - Math.Floor(scaled) - 0.5) < 1e-7;
                row[c] = RRound.Round(nearTie ? exact(r, c) : row[c], 4);
            }
        }

        return m;
    }

    /// <summary>The nearest double to the sum of 1 / denominator(k) over the k that are <paramref name="shared"/> (presence is 0/1).</summary>
    internal static double Exact(int count, Func<int, bool> shared, Func<int, decimal> denominator)
    {
        var sum = 0m;
        for (var k = 0; k < count; k++)
        {
            if (shared(k))
            {
                sum += 1m / denominator(k);
            }
        }

        // Parsing is correctly rounded; the decimal is within 1e-27 of the exact value, far inside one ulp.
        return double.Parse(sum.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static double[] SecondEigenvector(Matrix a, double shift, string name)
    {
        var shifted = a.Clone();
        for (var i = 0; i < a.Rows; i++)
        {
            shifted[i, i] -= shift;
        }

        var lu = LuDecomposition.Factor(shifted);
        var x = new double[a.Rows];
        var random = new Random(2017);
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = random.NextDouble() - 0.5;
        }

        var settled = 0;
        for (var iteration = 0; iteration < 100; iteration++)
        {
            var y = lu.Solve(x);
            TensorPrimitives.Multiply(y, 1 / TensorPrimitives.Norm(y), y);
            if (TensorPrimitives.Dot(x, y) < 0)
            {
                TensorPrimitives.Negate(y, y);
            }

            var change = TensorPrimitives.Distance(x, y);
            x = y;
            settled = change < 1e-12 ? settled + 1 : 0;
            if (settled == 2)
            {
                return x;
            }
        }

        throw new ArgumentException($"Inverse iteration on the rounded {name} did not converge: its second eigenvalue is complex or tied.", nameof(a));
    }

    private static double[] SumScaled(double[] v)
    {
        TensorPrimitives.Divide(v, TensorPrimitives.Sum(v), v);
        return v;
    }
}
