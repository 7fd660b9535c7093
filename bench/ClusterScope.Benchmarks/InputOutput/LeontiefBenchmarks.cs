using BenchmarkDotNet.Attributes;
using ClusterScope.Analytics;
using ClusterScope.Analytics.InputOutput;

namespace ClusterScope.Benchmarks.InputOutput;

/// <summary>L = (I - A)^-1, x = L y by solve, and M = S L by solve, at the sizes (n = 42 ... 7,987).</summary>
/// <remarks>Compare with <c>/usr/bin/python3 bench/peers/wl5_leontief.py --n N</c> (NumPy inv, solve_I, solve_y) in
/// the same sitting, under the same OpenBLAS kernel. Set CLUSTERSCOPE_BLAS=managed to time the managed LU, IO_BENCH_SIZES=4000 to pick sizes.</remarks>
[MemoryDiagnoser]
public class LeontiefBenchmarks
{
    private Matrix _a = null!;
    private double[] _y = null!;
    private Matrix _s = null!;

    /// <summary>42, 153, 1,302, 4,000 and 7,987, or the comma-separated list in IO_BENCH_SIZES (to time the largest apart).</summary>
    public static IEnumerable<int> Sizes => (Environment.GetEnvironmentVariable("IO_BENCH_SIZES") ?? "42,153,1302,4000,7987")
        .Split(',').Select(v => int.Parse(v, System.Globalization.CultureInfo.InvariantCulture));

    [ParamsSource(nameof(Sizes))]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup() => (_a, _y, _s) = IoSystemData.Create(N);

    [Benchmark]
    public Matrix Inverse() => Leontief.TotalRequirements(_a);

    [Benchmark]
    public double[] SolveY() => Leontief.Output(_a, _y);

    [Benchmark]
    public Matrix MultipliersSL() => Stressors.Multipliers(_s, _a);
}
