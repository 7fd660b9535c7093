using System.Runtime.InteropServices;

namespace ClusterScope.Analytics.LinearAlgebra;

/// <summary>The few OpenBLAS routines the dense kernels call, and whether the library is present.</summary>
/// <remarks>Debian's <c>libopenblas.so.0</c> exports the CBLAS interface (row-major calls, no copies).
/// When it is missing, or the environment variable <c>CLUSTERSCOPE_BLAS</c> is <c>managed</c>, every
/// caller takes its managed path instead: same results to rounding, slower.</remarks>
internal static partial class OpenBlas
{
    private const string Library = "libopenblas.so.0";
    private const int RowMajor = 101;
    private const int NoTranspose = 111;
    private const int Transpose = 112;
    private const int Upper = 121;

    private static readonly Lazy<bool> Loaded = new(Probe);

    /// <summary>True when calls into OpenBLAS will succeed.</summary>
    public static bool IsAvailable => Loaded.Value;

    /// <summary>C = A B (or A' / B' as flagged), all row-major and densely packed.</summary>
    public static unsafe void Multiply(ReadOnlySpan<double> a, bool transposeA, ReadOnlySpan<double> b, bool transposeB,
        Span<double> c, int m, int n, int k)
    {
        var lda = transposeA ? m : k;
        var ldb = transposeB ? k : n;
        fixed (double* pa = a, pb = b, pc = c)
        {
            Dgemm(RowMajor, transposeA ? Transpose : NoTranspose, transposeB ? Transpose : NoTranspose,
                m, n, k, 1.0, pa, Math.Max(1, lda), pb, Math.Max(1, ldb), 0.0, pc, Math.Max(1, n));
        }
    }

    /// <summary>Upper triangle of C = A' A for a row-major A of <paramref name="rows"/> x <paramref name="n"/>.</summary>
    public static unsafe void GramUpper(ReadOnlySpan<double> a, int rows, int n, Span<double> c)
    {
        fixed (double* pa = a, pc = c)
        {
            Dsyrk(RowMajor, Upper, Transpose, n, rows, 1.0, pa, Math.Max(1, n), 0.0, pc, Math.Max(1, n));
        }
    }

    private static bool Probe()
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CLUSTERSCOPE_BLAS"), "managed", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (!NativeLibrary.TryLoad(Library, typeof(OpenBlas).Assembly, null, out var handle))
        {
            return false;
        }

        return NativeLibrary.TryGetExport(handle, "cblas_dgemm", out _) && NativeLibrary.TryGetExport(handle, "cblas_dsyrk", out _);
    }

    [LibraryImport(Library, EntryPoint = "cblas_dgemm")]
    private static unsafe partial void Dgemm(int order, int transA, int transB, int m, int n, int k,
        double alpha, double* a, int lda, double* b, int ldb, double beta, double* c, int ldc);

    [LibraryImport(Library, EntryPoint = "cblas_dsyrk")]
    private static unsafe partial void Dsyrk(int order, int uplo, int trans, int n, int k,
        double alpha, double* a, int lda, double beta, double* c, int ldc);
}
