using ClusterScope.Analytics.InputOutput;
using ClusterScope.Analytics.LinearAlgebra;

namespace ClusterScope.Analytics.Tests.InputOutput;

/// <summary>The LAPACK path (OpenBLAS dgetrf/dgetrs/dgetri) and the managed LU agree, for L, L y and S L.</summary>
public class LeontiefSolverTests
{
    [Theory]
    [InlineData(5, 1)]
    [InlineData(60, 2)]
    [InlineData(200, 3)]
    public void NativeAndManagedPathsAgree(int n, int seed)
    {
        var z = AnalyticsAssert.RandomMatrix(n, n, seed);
        var x = z.RowSums().Select(v => (v * 1.5) + 1).ToArray();
        var a = Leontief.Coefficients(z, x);
        var s = AnalyticsAssert.RandomMatrix(3, n, seed + 100, zeroShare: 0);
        AnalyticsAssert.Close(Leontief.TotalRequirements(a, managed: true), Leontief.TotalRequirements(a), rtol: 1e-10, atol: 1e-13);
        AnalyticsAssert.Close(Stressors.Multipliers(s, a, managed: true), Stressors.Multipliers(s, a), rtol: 1e-10);
        var y = z.RowSums().Select((_, i) => x[i] - z.Row(i).ToArray().Sum()).ToArray();
        var managed = LeontiefSolver.Factor(Leontief.IdentityMinus(a), managed: true).Solve(y);
        AnalyticsAssert.Close(x, managed, rtol: 1e-10);
        AnalyticsAssert.Close(x, Leontief.Output(a, y), rtol: 1e-10);
    }

    [Fact]
    public void NativePathIsUsedWhenOpenBlasHasLapack()
    {
        var solver = LeontiefSolver.Factor(Matrix.From([[0.85, -0.25], [-0.2, 0.95]]));
        Assert.Equal(OpenBlas.HasLapack, solver.IsNative);
        // (I - A) x = (350, 1700) gives the textbook x = (1000, 2000), on either path.
        AnalyticsAssert.Close([1000, 2000], solver.Solve([350, 1700]), rtol: 1e-12);
        AnalyticsAssert.Close([1000, 2000], LeontiefSolver.Factor(Matrix.From([[0.85, -0.25], [-0.2, 0.95]]), managed: true).Solve([350, 1700]), rtol: 1e-12);
    }
}
