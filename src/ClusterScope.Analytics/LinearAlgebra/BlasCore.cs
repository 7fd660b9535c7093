using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace ClusterScope.Analytics.LinearAlgebra;

/// <summary>Chooses OpenBLAS's kernel from the CPU's features before the library starts, when the user has not.</summary>
/// <remarks>OpenBLAS 0.3.21 (Debian 12) does not recognise some newer Intel CPUs and falls back to its generic
/// <c>Prescott</c> kernel, several times slower (17.8 against 121 GFLOP/s measured on one such machine). Its
/// <c>OPENBLAS_CORETYPE</c> variable overrides the detection, but it is read by the native library's start-up code, which
/// .NET's <see cref="Environment.SetEnvironmentVariable(string, string)"/> does not reach on Linux: the value goes to libc's
/// <c>setenv</c>. A value the user set is never replaced.</remarks>
internal static partial class BlasCore
{
    private const string Variable = "OPENBLAS_CORETYPE";

    /// <summary>The kernel for this CPU: <c>SkylakeX</c> with AVX-512, <c>Haswell</c> with AVX2 and FMA, else none (detection as is).</summary>
    public static string? ForThisCpu() =>
        Avx512F.IsSupported ? "SkylakeX" : Avx2.IsSupported && Fma.IsSupported ? "Haswell" : null;

    /// <summary>Sets <c>OPENBLAS_CORETYPE</c> for the native library unless the user set it; returns what was set, if anything.</summary>
    public static string? ChooseBeforeLoad()
    {
        if (!OperatingSystem.IsLinux() || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)) || ForThisCpu() is not { } core)
        {
            return null;
        }

        _ = SetEnv(Variable, core, 0);
        Environment.SetEnvironmentVariable(Variable, core);
        return core;
    }

    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnv(string name, string value, int overwrite);
}
