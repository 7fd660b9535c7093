using System.Numerics.Tensors;

namespace ClusterScope.Analytics.LinearAlgebra;

/// <summary>The largest eigenpairs of a dense symmetric matrix, restricted to the orthogonal complement of known eigenvectors.</summary>
/// <remarks>Lanczos iteration with full reorthogonalisation (Golub and Van Loan, <i>Matrix Computations</i>, 4th ed., 10.1-10.3):
/// the Krylov basis is kept and every new vector is orthogonalised twice against it and against the deflated vectors.
/// A spaces of dimension 64 or less is run to completion (an exact decomposition, multiplicities included);
/// larger ones stop when the residual of every requested Ritz pair is below the tolerance. An invariant subspace
/// found early restarts from a fresh pseudo-random vector, so eigenvalues missed by the first start are still found.</remarks>
internal static class Lanczos
{
    private const int FullRunDimension = 64;

    /// <summary>The <paramref name="count"/> largest eigenvalues (descending) and unit eigenvectors of <paramref name="a"/> off the span of <paramref name="deflate"/>.</summary>
    public static (double[] Values, double[][] Vectors) Largest(Matrix a, IReadOnlyList<double[]> deflate, int count, double tolerance)
    {
        var n = a.Rows;
        var dimension = n - deflate.Count;
        if (count > dimension)
        {
            throw new ArgumentException($"Asked for {count} eigenpairs of a {dimension}-dimensional space.", nameof(count));
        }

        var random = new Random(20090626);
        var basis = new List<double[]>();
        var alphas = new List<double>();
        var betas = new List<double>();
        var q = Start(random, n, basis, deflate);
        var w = new double[n];
        while (true)
        {
            basis.Add(q);
            Apply(a, q, w);
            if (betas.Count > 0)
            {
                TensorPrimitives.MultiplyAdd(basis[^2], -betas[^1], w, w);
            }

            var alpha = TensorPrimitives.Dot(q, w);
            alphas.Add(alpha);
            TensorPrimitives.MultiplyAdd(q, -alpha, w, w);
            Orthogonalise(w, basis, deflate);
            Orthogonalise(w, basis, deflate);
            var beta = TensorPrimitives.Norm(w);
            if (basis.Count == dimension)
            {
                return Ritz(alphas, betas, basis, count);
            }

            var brokeDown = beta <= 1e-10 * Math.Max(1, Math.Abs(alpha));
            if (!brokeDown && dimension > FullRunDimension && Converged(alphas, betas, beta, count, tolerance))
            {
                return Ritz(alphas, betas, basis, count);
            }

            betas.Add(brokeDown ? 0 : beta);
            q = brokeDown ? Start(random, n, basis, deflate) : Scaled(w, 1 / beta);
        }
    }

    private static double[] Start(Random random, int n, List<double[]> basis, IReadOnlyList<double[]> deflate)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var v = new double[n];
            for (var i = 0; i < n; i++)
            {
                v[i] = random.NextDouble() - 0.5;
            }

            Orthogonalise(v, basis, deflate);
            Orthogonalise(v, basis, deflate);
            var norm = TensorPrimitives.Norm(v);
            if (norm > 1e-8)
            {
                return Scaled(v, 1 / norm);
            }
        }

        throw new InvalidOperationException("Lanczos could not find a new start vector.");
    }

    private static double[] Scaled(double[] v, double factor)
    {
        var r = new double[v.Length];
        TensorPrimitives.Multiply(v, factor, r);
        return r;
    }

    private static void Apply(Matrix a, double[] x, double[] y)
    {
        if (a.Rows < 256)
        {
            for (var i = 0; i < a.Rows; i++)
            {
                y[i] = TensorPrimitives.Dot(a.Row(i), x);
            }

            return;
        }

        Parallel.For(0, (a.Rows + 63) / 64, block =>
        {
            var end = Math.Min(a.Rows, (block + 1) * 64);
            for (var i = block * 64; i < end; i++)
            {
                y[i] = TensorPrimitives.Dot(a.Row(i), x);
            }
        });
    }

    private static void Orthogonalise(double[] w, List<double[]> basis, IReadOnlyList<double[]> deflate)
    {
        foreach (var d in deflate)
        {
            TensorPrimitives.MultiplyAdd(d, -TensorPrimitives.Dot(d, w), w, w);
        }

        foreach (var b in basis)
        {
            TensorPrimitives.MultiplyAdd(b, -TensorPrimitives.Dot(b, w), w, w);
        }
    }

    private static bool Converged(List<double> alphas, List<double> betas, double beta, int count, double tolerance)
    {
        var k = alphas.Count;
        if (k < count || (k > 100 && k % 10 != 0))
        {
            return false;
        }

        var (_, vectors) = SymmetricTridiagonal.Decompose(alphas.ToArray(), betas.ToArray());
        for (var i = 0; i < count; i++)
        {
            var lastComponent = vectors[((k - 1) * k) + (k - 1 - i)];
            if (Math.Abs(beta * lastComponent) > tolerance)
            {
                return false;
            }
        }

        return true;
    }

    private static (double[] Values, double[][] Vectors) Ritz(List<double> alphas, List<double> betas, List<double[]> basis, int count)
    {
        var k = alphas.Count;
        var (values, s) = SymmetricTridiagonal.Decompose(alphas.ToArray(), betas.ToArray());
        var resultValues = new double[count];
        var resultVectors = new double[count][];
        for (var i = 0; i < count; i++)
        {
            var column = k - 1 - i;
            resultValues[i] = values[column];
            var y = new double[basis[0].Length];
            for (var j = 0; j < k; j++)
            {
                TensorPrimitives.MultiplyAdd(basis[j], s[(j * k) + column], y, y);
            }

            TensorPrimitives.Multiply(y, 1 / TensorPrimitives.Norm(y), y);
            resultVectors[i] = y;
        }

        return (resultValues, resultVectors);
    }
}
