using BenchmarkDotNet.Attributes;
using ClusterScope.Analytics;
using ClusterScope.Analytics.Specialisation;
using ClusterScope.Benchmarks.PeerData;

namespace ClusterScope.Benchmarks.Specialisation;

/// <summary>LQ, Krugman specialisation and the Herfindahl index of regions and of industries, one year of 2,850 x
/// 1,200, from the exported file: the four outputs the peer computes.</summary>
/// <remarks>Peer: <c>python3 ../shared/peers/wl2_specialisation.py --impl numpy</c>.</remarks>
[MemoryDiagnoser]
public class SpecialisationBenchmarks
{
    private const string OneYear = "region_industry_2850x1200_1y.npy";

    [GlobalSetup]
    public void Setup() => ExportedInputs.Panel(OneYear);

    [GlobalCleanup]
    public void Cleanup() => ExportedInputs.ReportPeakMemory(nameof(SpecialisationBenchmarks));

    [Benchmark]
    public (Matrix Lq, double[] Krugman, double[] HhiRegions, double[] HhiIndustries) LqKrugmanBothHhisFromFile()
    {
        var values = ExportedInputs.Panel(OneYear)[0];
        return (LocationQuotient.Compute(values), RegionalSpecialisation.Krugman(values),
            RegionalSpecialisation.Herfindahl(values), IndustryConcentration.Herfindahl(values));
    }
}
