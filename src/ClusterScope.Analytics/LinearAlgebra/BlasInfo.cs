namespace ClusterScope.Analytics.LinearAlgebra;

/// <summary>Which BLAS the dense kernels use: OpenBLAS with its kernel, version and threads, or the managed code.</summary>
/// <param name="Library">The native library, or <c>managed</c>.</param>
/// <param name="Core">The kernel OpenBLAS runs (e.g. <c>SkylakeX</c>); empty for the managed code.</param>
/// <param name="Config">OpenBLAS's build line (version, options); empty for the managed code.</param>
/// <param name="Threads">Threads OpenBLAS uses; 1 for the managed code.</param>
/// <param name="CoreChosen">The kernel ClusterScope set through <c>OPENBLAS_CORETYPE</c>, or null when OpenBLAS detected it or the user set it.</param>
public sealed record BlasInfo(string Library, string Core, string Config, int Threads, string? CoreChosen)
{
    /// <summary>The BLAS in use in this process (loading OpenBLAS if it has not been loaded yet).</summary>
    /// <remarks>Reads OpenBLAS's own <c>openblas_get_corename</c>, <c>openblas_get_config</c> and
    /// <c>openblas_get_num_threads</c> (OpenBLAS's exported utility functions); the kernel choice is explained on
    /// <c>BlasCore</c> and in docs/analytics/README.md.</remarks>
    public static BlasInfo Current()
    {
        // Describing loads the library first, which is when the kernel is chosen.
        return OpenBlas.Describe() is { } d
            ? new BlasInfo("libopenblas.so.0", d.Core, d.Config, d.Threads, OpenBlas.CoreChosen)
            : new BlasInfo("managed", "", "", 1, null);
    }

    /// <summary>One line for <c>--version</c> and the about page.</summary>
    /// <remarks>Formatting only; see <see cref="Current"/>.</remarks>
    public override string ToString() => Library == "managed"
        ? "BLAS: managed (OpenBLAS not loaded)"
        : $"BLAS: {Library}, {Config}, kernel {Core}{(CoreChosen is null ? "" : " (chosen from CPU features)")}, {Threads} thread(s)";
}
