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
        var (nc, np) = (presence.Rows, presence.Columns);
        var byDiversity = new Matrix(nc, np);
        var byUbiquity = new Matrix(nc, np);
        for (var c = 0; c < nc; c++)
        {
            TensorPrimitives.Divide(presence.Row(c), diversity[c], byDiversity.RowSpan(c));
            TensorPrimitives.Divide(presence.Row(c), ubiquity, byUbiquity.RowSpan(c));
        }

        var mcc = Rounded(MatrixProduct.Multiply(byDiversity, byUbiquity, transposeB: true));
        var mpp = Rounded(MatrixProduct.Multiply(byUbiquity.Transpose(), byDiversity, transposeB: false));

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

    private static Matrix Rounded(Matrix m)
    {
        for (var r = 0; r < m.Rows; r++)
        {
            var row = m.RowSpan(r);
            for (var c = 0; c < row.Length; c++)
            {
                row[c] = RRound.Round(row[c], 4);
            }
        }

        return m;
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
