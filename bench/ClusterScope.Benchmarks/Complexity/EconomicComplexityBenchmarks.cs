using BenchmarkDotNet.Attributes;
using ClusterScope.Analytics;
using ClusterScope.Analytics.Complexity;

namespace ClusterScope.Benchmarks.Complexity;

/// <summary>The full complexity pipeline on 2,850 regions x 1,200 industries (one year and a 10-year panel), and its steps.</summary>
/// <remarks>Compare with <c>/usr/bin/python3 bench/peers/complexity_numpy.py [--years 10]</c> on the same data.
/// Set CLUSTERSCOPE_BLAS=managed to time the managed fallback.</remarks>
[MemoryDiagnoser]
public class EconomicComplexityBenchmarks
{
    private Matrix _values = null!;
    private Matrix[] _panel = null!;
    private Matrix _presence = null!;
    private Matrix _proximity = null!;
    private double[] _pci = null!;

    [GlobalSetup]
    public void Setup()
    {
        _values = ComplexityData.Values(0);
        _panel = Enumerable.Range(0, 10).Select(t => ComplexityData.Values(t)).ToArray();
        var result = EconomicComplexity.Compute(_values);
        _presence = result.Presence;
        _proximity = result.Proximity;
        _pci = result.Pci;
        Console.WriteLine($"// eci[0..2] = {result.Eci[0]:R} {result.Eci[1]:R} {result.Eci[2]:R}; pci[0..2] = {result.Pci[0]:R} {result.Pci[1]:R} {result.Pci[2]:R}; lambda2 = {result.SecondEigenvalue:R}");
    }

    [Benchmark(Baseline = true)]
    public ComplexityResult OneYear() => EconomicComplexity.Compute(_values);

    [Benchmark]
    public IReadOnlyList<ComplexityResult> TenYearPanel() => EconomicComplexity.ComputePanel(_panel);

    [Benchmark]
    public Matrix PresenceStep() => EconomicComplexity.Presence(_values);

    [Benchmark]
    public Matrix ProximityStep() => ProductSpace.Proximity(_presence);

    [Benchmark]
    public Matrix DensityStep() => ProductSpace.Density(_presence, _proximity);

    [Benchmark]
    public Matrix OutlookGainStep() => ComplexityOutlook.Gain(_presence, _proximity, _pci);
}
