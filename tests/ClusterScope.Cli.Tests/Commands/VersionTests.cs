using System.Diagnostics;
using System.Runtime.Intrinsics.X86;

namespace ClusterScope.Cli.Tests.Commands;

/// <summary><c>--version</c> names the BLAS, and the kernel is chosen from the CPU unless the user chose one. Each case runs
/// in its own process: OpenBLAS reads its kernel once, when it loads.</summary>
public sealed class VersionTests
{
    private static async Task<string> VersionAsync(string? coreType)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "clusterscope.dll"), "--version"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment.Remove("OPENBLAS_CORETYPE");
        start.Environment.Remove("CLUSTERSCOPE_BLAS");
        if (coreType is not null)
        {
            start.Environment["OPENBLAS_CORETYPE"] = coreType;
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, error);
        return output;
    }

    [Fact]
    public async Task On_an_AVX2_CPU_the_kernel_is_not_the_generic_one()
    {
        var output = await VersionAsync(null);
        Assert.StartsWith("clusterscope ", output, StringComparison.Ordinal);
        Assert.Contains("BLAS: libopenblas.so.0", output, StringComparison.Ordinal);
        Assert.True(Avx2.IsSupported, "this machine kind has AVX2; the test is about such machines");
        Assert.DoesNotContain("kernel Prescott", output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(Avx512F.IsSupported ? "kernel SkylakeX" : "kernel Haswell", output, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("(chosen from CPU features)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_kernel_the_user_set_is_kept()
    {
        var output = await VersionAsync("Sandybridge");
        Assert.Contains("kernel Sandybridge", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("chosen from CPU features", output, StringComparison.Ordinal);
    }
}
