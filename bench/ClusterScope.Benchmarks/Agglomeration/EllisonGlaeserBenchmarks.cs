using BenchmarkDotNet.Attributes;
using ClusterScope.Analytics.Agglomeration;
using ClusterScope.Benchmarks.PeerData;

namespace ClusterScope.Benchmarks.Agglomeration;

/// <summary>Ellison-Glaeser gamma from the exported census of 4 million plants with raw six-digit region and four-digit
/// industry codes (2,850 regions, 600 industries): codes to dense indices, aggregation, gamma.</summary>
/// <remarks>Peer: <c>python3 ../shared/peers/wl3_ellison_glaeser.py --impl numpy,pandas</c>, which holds the same
/// records in memory (here too: the CSV is read in the setup) and maps codes through a lookup table.</remarks>
[MemoryDiagnoser]
public class EllisonGlaeserBenchmarks
{
    private long[] _region = [];
    private long[] _industry = [];
    private double[] _employment = [];

    [GlobalSetup]
    public void Setup() => (_region, _industry, _employment) = ExportedInputs.Plants("plants_4000000.csv");

    [GlobalCleanup]
    public void Cleanup() => ExportedInputs.ReportPeakMemory(nameof(EllisonGlaeserBenchmarks));

    [Benchmark]
    public EllisonGlaeserResult GammaFromRawCodes()
    {
        var (region, regions) = DenseIndex(_region);
        var (industry, industries) = DenseIndex(_industry);
        return EllisonGlaeser.Agglomeration(region, industry, _employment, regions, industries);
    }

    // Sorted distinct codes numbered 0.., each record mapped through a lookup table: what a user does with raw codes.
    private static (int[] Index, int Count) DenseIndex(long[] codes)
    {
        var lookup = new int[codes.Max() + 1];
        foreach (var code in codes)
        {
            lookup[code] = 1;
        }

        var count = 0;
        for (var c = 0; c < lookup.Length; c++)
        {
            lookup[c] = lookup[c] == 1 ? count++ : -1;
        }

        var index = new int[codes.Length];
        for (var k = 0; k < codes.Length; k++)
        {
            index[k] = lookup[codes[k]];
        }

        return (index, count);
    }
}
