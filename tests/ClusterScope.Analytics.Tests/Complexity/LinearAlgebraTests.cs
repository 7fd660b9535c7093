using ClusterScope.Analytics.LinearAlgebra;

namespace ClusterScope.Analytics.Tests.Complexity;

public class LinearAlgebraTests
{
    [Fact]
    public void OpenBLAS_and_managed_products_agree()
    {
        var a = AnalyticsAssert.RandomMatrix(97, 61, 1);
        var b = AnalyticsAssert.RandomMatrix(45, 61, 2);
        AnalyticsAssert.Close(MatrixProduct.Multiply(a, b, transposeB: true, managed: true), MatrixProduct.Multiply(a, b, transposeB: true));
        var c = b.Transpose();
        AnalyticsAssert.Close(MatrixProduct.Multiply(a, c, transposeB: false, managed: true), MatrixProduct.Multiply(a, c, transposeB: false));
        AnalyticsAssert.Close(MatrixProduct.Gram(a, managed: true), MatrixProduct.Gram(a));
    }

    [Fact]
    public void A_two_by_two_product_is_the_textbook_one()
    {
        // [[1, 2], [3, 4]] [[5, 6], [7, 8]] = [[19, 22], [43, 50]]
        var product = MatrixProduct.Multiply(Matrix.From([[1, 2], [3, 4]]), Matrix.From([[5, 6], [7, 8]]), transposeB: false, managed: true);
        Assert.Equal([19.0, 22, 43, 50], product.AsSpan().ToArray());
    }

    [Theory]
    [InlineData(40)]
    [InlineData(300)]
    public void Lanczos_finds_the_largest_eigenpairs_of_a_matrix_with_a_known_spectrum(int n)
    {
        var (a, q, spectrum) = KnownSpectrum(n, seed: n);
        var (values, vectors) = Lanczos.Largest(a, [q[0]], 2, 1e-13);
        AnalyticsAssert.Close(spectrum[1], values[0]);
        AnalyticsAssert.Close(spectrum[2], values[1]);
        var overlap = Math.Abs(System.Numerics.Tensors.TensorPrimitives.Dot(vectors[0], q[1]));
        AnalyticsAssert.Close(1, overlap, rtol: 1e-10);
    }

    [Fact]
    public void The_tridiagonal_solver_returns_ascending_eigenvalues()
    {
        // [[2, 1], [1, 2]] has eigenvalues 1 and 3.
        var (values, _) = SymmetricTridiagonal.Decompose([2.0, 2.0], [1.0]);
        AnalyticsAssert.Close(1, values[0]);
        AnalyticsAssert.Close(3, values[1]);
    }

    [Fact]
    public void LU_solves_a_linear_system()
    {
        // [[0, 2], [3, 1]] x = [4, 5] needs a row swap: x = (1, 2).
        var x = LuDecomposition.Factor(Matrix.From([[0, 2], [3, 1]])).Solve([4.0, 5.0]);
        AnalyticsAssert.Close(1, x[0]);
        AnalyticsAssert.Close(2, x[1]);
    }

    private static (Matrix A, double[][] Q, double[] Spectrum) KnownSpectrum(int n, int seed)
    {
        var random = new Random(seed);
        var q = new double[n][];
        for (var i = 0; i < n; i++)
        {
            q[i] = Enumerable.Range(0, n).Select(_ => random.NextDouble() - 0.5).ToArray();
            for (var j = 0; j < i; j++)
            {
                System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(q[j], -System.Numerics.Tensors.TensorPrimitives.Dot(q[j], q[i]), q[i], q[i]);
            }

            System.Numerics.Tensors.TensorPrimitives.Multiply(q[i], 1 / System.Numerics.Tensors.TensorPrimitives.Norm(q[i]), q[i]);
        }

        var spectrum = Enumerable.Range(0, n).Select(i => i == 0 ? 1 : 0.6 * Math.Pow(0.97, i)).ToArray();
        var a = new Matrix(n, n);
        for (var k = 0; k < n; k++)
        {
            for (var r = 0; r < n; r++)
            {
                System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(q[k], spectrum[k] * q[k][r], a.RowSpan(r), a.RowSpan(r));
            }
        }

        return (a, q, spectrum);
    }
}
