using BenchmarkDotNet.Attributes;
using ClusterScope.Analytics;
using ClusterScope.Analytics.Composite;

namespace ClusterScope.Benchmarks.Composite;

/// <summary>Monte Carlo uncertainty analysis: 200 units x 40 indicators (8 dimensions of 5), weights +-25 %, random
/// normalisation (min-max 1..100 or z-score 100/10) and aggregation (arithmetic or geometric) per replication.</summary>
[MemoryDiagnoser]
public class CompositeMonteCarloBench
{
    private CompositeResult _nominal = null!;
    private MonteCarloSpec _spec = null!;

    [Params(200)]
    public int Units { get; set; }

    [Params(40)]
    public int Indicators { get; set; }

    [Params(10_000)]
    public int Replications { get; set; }

    [Params(1, 2)]
    public int Cores { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        var codes = Enumerable.Range(0, Indicators).Select(i => $"i{i:00}").ToArray();
        var indicators = codes.Select((c, i) => new IndicatorNode(c, $"P{i / 5}", i % 7 == 3 ? Direction.Negative : Direction.Positive,
            0.5 + random.NextDouble())).ToArray();
        var aggregates = Enumerable.Range(0, Indicators / 5).Select(p => new AggregateNode($"P{p}", "INDEX", 0.5 + random.NextDouble()))
            .Append(new AggregateNode("INDEX")).ToArray();
        var values = new Matrix(Units, Indicators);
        for (var r = 0; r < Units; r++)
        {
            for (var c = 0; c < Indicators; c++)
            {
                values[r, c] = Math.Exp(random.NextDouble() * 3) + (r % 11);
            }
        }

        var raw = new IndicatorMatrix(Enumerable.Range(0, Units).Select(u => $"U{u:000}").ToArray(), codes, values);
        var framework = new CompositeFramework(indicators, aggregates);
        _nominal = CompositeIndex.Compute(new CompositeData(raw), framework,
            CompositeSpec.Default with { Normalisation = new NormalisationSpec.MinMax(1, 100) });
        _spec = new MonteCarloSpec(Replications, Seed: 1, WeightPerturbation: 0.25,
            Normalisations: [new NormalisationSpec.MinMax(1, 100), new NormalisationSpec.ZScore(100, 10)],
            Aggregations: [new AggregationSpec.ArithmeticMean(), new AggregationSpec.GeometricMean()],
            MaxDegreeOfParallelism: Cores);
    }

    [Benchmark]
    public MonteCarloResult MonteCarloRanks() => MonteCarlo.Run(_nominal, _spec);
}
