using BenchmarkDotNet.Attributes;
using ClusterScope.Analytics;
using ClusterScope.Analytics.Composite;
using ClusterScope.Benchmarks.PeerData;

namespace ClusterScope.Benchmarks.Composite;

/// <summary>Monte Carlo rank intervals on the exported composite data (200 units x 40 indicators, directions and base
/// weights from the file): 10,000 replications, weights x U(0.75, 1.25), min-max 1..100 or z-score 100/10, arithmetic
/// or geometric mean, each drawn with probability 1/2; the nominal run and the replications both timed.</summary>
/// <remarks>Peer: <c>python3 ../shared/peers/wl4_composite_mc.py --impl numpy.loop,numpy.vectorised</c> (one level:
/// indicators straight into the index, no outlier treatment).</remarks>
[MemoryDiagnoser]
public class CompositeMonteCarloBench
{
    private const string File = "composite_200x40.npz";

    [Params(1, 2)]
    public int Cores { get; set; }

    [GlobalSetup]
    public void Setup() => ExportedInputs.NpzArray(File, "values");

    [GlobalCleanup]
    public void Cleanup() => ExportedInputs.ReportPeakMemory(nameof(CompositeMonteCarloBench));

    [Benchmark]
    public MonteCarloResult MonteCarloRanksFromFile()
    {
        var (shape, values) = ExportedInputs.NpzArray(File, "values");
        var direction = ExportedInputs.NpzArray(File, "direction").Values;
        var weights = ExportedInputs.NpzArray(File, "weights").Values;
        var codes = Enumerable.Range(0, shape[1]).Select(i => $"i{i:00}").ToArray();
        var indicators = codes.Select((c, i) => new IndicatorNode(c, "INDEX", direction[i] < 0 ? Direction.Negative : Direction.Positive, weights[i])).ToArray();
        var raw = new IndicatorMatrix(Enumerable.Range(0, shape[0]).Select(u => $"U{u:000}").ToArray(), codes, new Matrix(shape[0], shape[1], values));
        var nominal = CompositeIndex.Compute(new CompositeData(raw), new CompositeFramework(indicators, [new AggregateNode("INDEX")]),
            CompositeSpec.Default with { Treatment = new TreatmentSpec.None(), Normalisation = new NormalisationSpec.MinMax(1, 100) });
        return MonteCarlo.Run(nominal, new MonteCarloSpec(10_000, Seed: 1, WeightPerturbation: 0.25,
            Normalisations: [new NormalisationSpec.MinMax(1, 100), new NormalisationSpec.ZScore(100, 10)],
            Aggregations: [new AggregationSpec.ArithmeticMean(), new AggregationSpec.GeometricMean()],
            MaxDegreeOfParallelism: Cores));
    }
}
