using BenchmarkDotNet.Attributes;
using ClusterScope.Analytics;
using ClusterScope.Analytics.Specialisation;

namespace ClusterScope.Benchmarks.Specialisation;

/// <summary>Location quotients and per-region / per-industry measures on a county x industry sized matrix (~30 % zeros).</summary>
[MemoryDiagnoser]
public class SpecialisationBenchmarks
{
    private Matrix[] _panel = [];

    [Params(2850)]
    public int Regions { get; set; }

    [Params(1200)]
    public int Industries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        _panel = new Matrix[10];
        for (var year = 0; year < _panel.Length; year++)
        {
            var m = new Matrix(Regions, Industries);
            for (var r = 0; r < Regions; r++)
            {
                var row = m.RowSpan(r);
                for (var c = 0; c < row.Length; c++)
                {
                    row[c] = random.NextDouble() < 0.3 ? 0 : Math.Exp(random.NextDouble() * 6);
                }
            }

            _panel[year] = m;
        }
    }

    [Benchmark(Baseline = true)]
    public Matrix LocationQuotient_one_year() => LocationQuotient.Compute(_panel[0]);

    [Benchmark]
    public double LocationQuotient_ten_year_panel()
    {
        var check = 0.0;
        foreach (var year in _panel)
        {
            check += LocationQuotient.Compute(year)[0, 0];
        }

        return check;
    }

    [Benchmark]
    public double[] Herfindahl_per_region() => RegionalSpecialisation.Herfindahl(_panel[0]);

    [Benchmark]
    public double[] Entropy_per_region() => RegionalSpecialisation.Entropy(_panel[0]);

    [Benchmark]
    public double[] Gini_per_industry() => IndustryConcentration.Gini(_panel[0]);
}
