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

    /// <summary>The kernel set through <c>OPENBLAS_CORETYPE</c> before loading, if one was.</summary>
    public static string? CoreChosen { get; private set; }

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

    /// <summary>True when OpenBLAS also exports LAPACK's dgetrf_/dgetrs_/dgetri_ (Debian's build does).</summary>
    public static bool HasLapack => LapackLoaded.Value;

    private static readonly Lazy<bool> LapackLoaded = new(() => IsAvailable
        && NativeLibrary.TryLoad(Library, typeof(OpenBlas).Assembly, null, out var handle)
        && NativeLibrary.TryGetExport(handle, "dgetrf_", out _) && NativeLibrary.TryGetExport(handle, "dgetrs_", out _)
        && NativeLibrary.TryGetExport(handle, "dgetri_", out _));

    /// <summary>LU with partial pivoting of an n x n column-major matrix in place; returns LAPACK's info (0 = success).</summary>
    public static unsafe int Factor(Span<double> a, int n, Span<int> pivots)
    {
        var (m, lda, info) = (n, Math.Max(1, n), 0);
        fixed (double* pa = a)
        fixed (int* pp = pivots)
        {
            Dgetrf(&m, &n, pa, &lda, pp, &info);
        }

        return info;
    }

    /// <summary>Solves op(A) X = B for column-major B (n x nrhs) in place from <see cref="Factor"/>'s output.</summary>
    public static unsafe int Solve(ReadOnlySpan<double> lu, int n, ReadOnlySpan<int> pivots, bool transpose, Span<double> b, int nrhs)
    {
        var (lda, ldb, info) = (Math.Max(1, n), Math.Max(1, n), 0);
        var trans = (byte)(transpose ? 'T' : 'N');
        fixed (double* pa = lu, pb = b)
        fixed (int* pp = pivots)
        {
            Dgetrs(&trans, &n, &nrhs, pa, &lda, pp, pb, &ldb, &info);
        }

        return info;
    }

    /// <summary>The inverse from <see cref="Factor"/>'s output, in place.</summary>
    public static unsafe int Invert(Span<double> lu, int n, ReadOnlySpan<int> pivots)
    {
        var (lda, info, query) = (Math.Max(1, n), 0, -1);
        double size = 0;
        fixed (double* pa = lu)
        fixed (int* pp = pivots)
        {
            Dgetri(&n, pa, &lda, pp, &size, &query, &info);
            var lwork = Math.Max(1, (int)size);
            var work = new double[lwork];
            fixed (double* pw = work)
            {
                Dgetri(&n, pa, &lda, pp, pw, &lwork, &info);
            }
        }

        return info;
    }

    private static bool Probe()
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CLUSTERSCOPE_BLAS"), "managed", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        CoreChosen = BlasCore.ChooseBeforeLoad();
        if (!NativeLibrary.TryLoad(Library, typeof(OpenBlas).Assembly, null, out var handle))
        {
            return false;
        }

        return NativeLibrary.TryGetExport(handle, "cblas_dgemm", out _) && NativeLibrary.TryGetExport(handle, "cblas_dsyrk", out _);
    }

    /// <summary>The kernel OpenBLAS chose (e.g. <c>SkylakeX</c>, <c>Haswell</c>, <c>Prescott</c>), its build configuration and threads.</summary>
    public static unsafe (string Core, string Config, int Threads)? Describe()
    {
        if (!IsAvailable || !NativeLibrary.TryLoad(Library, typeof(OpenBlas).Assembly, null, out var handle)
            || !NativeLibrary.TryGetExport(handle, "openblas_get_corename", out var core)
            || !NativeLibrary.TryGetExport(handle, "openblas_get_config", out var config)
            || !NativeLibrary.TryGetExport(handle, "openblas_get_num_threads", out var threads))
        {
            return null;
        }

        var coreName = Marshal.PtrToStringAnsi(((delegate* unmanaged<nint>)core)()) ?? "";
        var configText = Marshal.PtrToStringAnsi(((delegate* unmanaged<nint>)config)()) ?? "";
        return (coreName, configText.Trim(), ((delegate* unmanaged<int>)threads)());
    }

    [LibraryImport(Library, EntryPoint = "cblas_dgemm")]
    private static unsafe partial void Dgemm(int order, int transA, int transB, int m, int n, int k,
        double alpha, double* a, int lda, double* b, int ldb, double beta, double* c, int ldc);

    [LibraryImport(Library, EntryPoint = "dgetrf_")]
    private static unsafe partial void Dgetrf(int* m, int* n, double* a, int* lda, int* ipiv, int* info);

    [LibraryImport(Library, EntryPoint = "dgetrs_")]
    private static unsafe partial void Dgetrs(byte* trans, int* n, int* nrhs, double* a, int* lda, int* ipiv, double* b, int* ldb, int* info);

    [LibraryImport(Library, EntryPoint = "dgetri_")]
    private static unsafe partial void Dgetri(int* n, double* a, int* lda, int* ipiv, double* work, int* lwork, int* info);

    [LibraryImport(Library, EntryPoint = "cblas_dsyrk")]
    private static unsafe partial void Dsyrk(int order, int uplo, int trans, int n, int k,
        double alpha, double* a, int lda, double beta, double* c, int ldc);
}
