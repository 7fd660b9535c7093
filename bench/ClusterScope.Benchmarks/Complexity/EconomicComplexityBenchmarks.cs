using BenchmarkDotNet.Attributes;
using ClusterScope.Analytics;
using ClusterScope.Analytics.Complexity;
using ClusterScope.Benchmarks.PeerData;

namespace ClusterScope.Benchmarks.Complexity;

/// <summary>Economic complexity on 2,850 regions x 1,200 industries, from the exported panels to every output the
/// peer computes (RCA, M, diversity, ubiquity, ECI, PCI, proximity, density, COI, COG).</summary>
/// <remarks>Peer: <c>python3 ../shared/peers/wl1_complexity.py --impl numpy,numpy.proximity [--years 10]</c>, which
/// starts from the same generated array in memory; here the file read is inside the timing.
/// Set CLUSTERSCOPE_BLAS=managed to time the managed fallback.</remarks>
[MemoryDiagnoser]
public class EconomicComplexityBenchmarks
{
    private const string OneYear = "region_industry_2850x1200_1y.npy";
    private const string TenYears = "region_industry_2850x1200_10y.npy";

    [GlobalSetup]
    public void Setup() => ExportedInputs.Panel(OneYear);

    [GlobalCleanup]
    public void Cleanup() => ExportedInputs.ReportPeakMemory(nameof(EconomicComplexityBenchmarks));

    [Benchmark(Baseline = true)]
    public ComplexityResult OneYearFromFile() => EconomicComplexity.Compute(ExportedInputs.Panel(OneYear)[0]);

    [Benchmark]
    public IReadOnlyList<ComplexityResult> TenYearPanelFromFile() => EconomicComplexity.ComputePanel(ExportedInputs.Panel(TenYears));

    /// <summary>Values to proximity, as the peer's <c>proximity_numpy</c>: RCA, presence, co-occurrence, minimum.</summary>
    [Benchmark]
    public Matrix ProximityFromValues() => ProductSpace.Proximity(EconomicComplexity.Presence(ExportedInputs.Panel(OneYear)[0]));
}
