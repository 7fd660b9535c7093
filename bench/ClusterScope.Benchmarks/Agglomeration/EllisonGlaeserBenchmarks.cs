using BenchmarkDotNet.Attributes;
using ClusterScope.Analytics;
using ClusterScope.Analytics.Agglomeration;

namespace ClusterScope.Benchmarks.Agglomeration;

/// <summary>Ellison-Glaeser on a national plant census: 4 million plants, 2,850 regions, 600 industries.</summary>
[MemoryDiagnoser]
public class EllisonGlaeserBenchmarks
{
    private int[] _region = [];
    private int[] _industry = [];
    private double[] _employment = [];
    private PlantEmployment _plants = null!;

    [Params(4_000_000)]
    public int Plants { get; set; }

    [Params(2_850)]
    public int Regions { get; set; }

    [Params(600)]
    public int Industries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // Same generator as bench/peers/eg_numpy.py describes: uniform region and industry, lognormal sizes (mu 2, sigma 1.2), at least 1 job.
        var random = new Random(20250101);
        (_region, _industry, _employment) = (new int[Plants], new int[Plants], new double[Plants]);
        for (var k = 0; k < Plants; k++)
        {
            _region[k] = random.Next(Regions);
            _industry[k] = random.Next(Industries);
            var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            _employment[k] = Math.Ceiling(Math.Exp(2 + (1.2 * normal)));
        }

        _plants = PlantEmployment.Aggregate(_region, _industry, _employment, Regions, Industries);
    }

    [Benchmark]
    public PlantEmployment Aggregate() => PlantEmployment.Aggregate(_region, _industry, _employment, Regions, Industries);

    [Benchmark]
    public EllisonGlaeserResult GammaFromPlants() =>
        EllisonGlaeser.Agglomeration(_region, _industry, _employment, Regions, Industries);

    [Benchmark]
    public EllisonGlaeserResult GammaFromAggregates() => EllisonGlaeser.Agglomeration(_plants);

    [Benchmark]
    public Matrix PairwiseCoagglomeration() => EllisonGlaeser.PairwiseCoagglomeration(_plants);
}
