using ClusterScope.Analytics.LinearAlgebra;

namespace ClusterScope.Analytics.Complexity;

/// <summary>The raw kc / kp eigenvectors of the region-industry network, oriented as py-ecomplexity 0.5.2 orients them.</summary>
/// <remarks>M_pp = D_p^-1 M' D_c^-1 M is similar to the symmetric S = D_p^-1/2 M' D_c^-1 M D_p^-1/2 (py-ecomplexity #48),
/// whose top eigenvector sqrt(k_p) (eigenvalue 1) is known, so Lanczos on S deflated by it gives the second eigenpair
/// (lambda_2, u); kp = D_p^-1/2 u scaled to unit length (as <c>numpy.linalg.eig</c>), kc = (M / k_c) kp.
/// A second Lanczos run deflated by u gives lambda_3: a tie means the second eigenvector is not defined.</remarks>
internal static class ComplexityEigenvector
{
    public static (double[] Kc, double[] Kp, double SecondEigenvalue) Compute(Matrix presence, double[] diversity, double[] ubiquity, bool managed)
    {
        var (nc, np) = (presence.Rows, presence.Columns);
        var rowScale = diversity.Select(k => 1 / Math.Sqrt(k)).ToArray();
        var columnScale = ubiquity.Select(k => 1 / Math.Sqrt(k)).ToArray();
        var w = new Matrix(nc, np);
        Parallel.For(0, nc, c =>
        {
            var target = w.RowSpan(c);
            System.Numerics.Tensors.TensorPrimitives.Multiply(presence.Row(c), columnScale, target);
            System.Numerics.Tensors.TensorPrimitives.Multiply(target, rowScale[c], target);
        });
        var s = MatrixProduct.Gram(w, managed);
        var top = ubiquity.Select(Math.Sqrt).ToArray();
        System.Numerics.Tensors.TensorPrimitives.Multiply(top, 1 / System.Numerics.Tensors.TensorPrimitives.Norm(top), top);

        var (values, vectors) = Lanczos.Largest(s, [top], 1, 1e-13);
        var lambda2 = values[0];
        if (np > 2)
        {
            var (third, _) = Lanczos.Largest(s, [top, vectors[0]], 1, 1e-10);
            if (Math.Abs(lambda2 - third[0]) <= 1e-9)
            {
                throw new ArgumentException($"The second and third eigenvalues of M_pp are tied ({lambda2:R} and {third[0]:R}): the complexity eigenvector is not defined for this presence matrix.", nameof(presence));
            }
        }

        var kp = new double[np];
        for (var p = 0; p < np; p++)
        {
            kp[p] = vectors[0][p] * columnScale[p];
        }

        System.Numerics.Tensors.TensorPrimitives.Multiply(kp, 1 / System.Numerics.Tensors.TensorPrimitives.Norm(kp), kp);
        var kc = new double[nc];
        for (var c = 0; c < nc; c++)
        {
            kc[c] = System.Numerics.Tensors.TensorPrimitives.Dot(presence.Row(c), kp) / diversity[c];
        }

        Orient(kc, kp, diversity, ubiquity);
        return (kc, kp, lambda2);
    }

    /// <summary>py-ecomplexity: sign = sign(corr(diversity, kc)). When that is 0 or undefined (all regions equally
    /// diverse; py-ecomplexity returns NaN) PCI is oriented against ubiquity, and failing that the first non-zero kp is made positive.</summary>
    private static void Orient(double[] kc, double[] kp, double[] diversity, double[] ubiquity)
    {
        var corr = Moments.Pearson(diversity, kc);
        var sign = corr is > 0 or < 0 ? Math.Sign(corr) : 0;
        if (sign == 0)
        {
            var withUbiquity = Moments.Pearson(ubiquity, kp);
            sign = withUbiquity is > 0 or < 0 ? -Math.Sign(withUbiquity) : Math.Sign(kp.First(v => v != 0));
        }

        if (sign < 0)
        {
            System.Numerics.Tensors.TensorPrimitives.Negate(kc, kc);
            System.Numerics.Tensors.TensorPrimitives.Negate(kp, kp);
        }
    }
}
