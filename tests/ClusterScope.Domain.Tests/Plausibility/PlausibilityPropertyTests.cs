using ClusterScope.Domain.Plausibility;
using static ClusterScope.Domain.Tests.Plausibility.Figures;

namespace ClusterScope.Domain.Tests.Plausibility;

public class PlausibilityPropertyTests
{
    private static readonly string[] Indicators = ["cluster_output", "cluster_electricity", "cluster_tax", "cluster_employment"];

    /// <summary>Six years of the four cluster indicators of C1-C3 and their zone's output: random growth from -70 % to
    /// +100 % a year, one value in ten repeated; 2024 submitted, the rest accepted.</summary>
    private static (ReportedFigure[] Submitted, ReportedFigure[] History) Dataset(int seed)
    {
        var random = new Random(seed);
        var all = new List<ReportedFigure>();
        foreach (var code in new[] { "C1", "C2", "C3" })
        {
            foreach (var indicator in Indicators)
            {
                var value = Math.Round(10 + (random.NextDouble() * 990), 1);
                for (var year = 2019; year <= 2024; year++)
                {
                    all.Add(Cluster(code, indicator, $"{year}", value));
                    value = random.NextDouble() < 0.1 ? value : Math.Round(value * (0.3 + (random.NextDouble() * 1.7)), 1);
                }
            }
        }

        for (var year = 2019; year <= 2024; year++)
        {
            var clusters = all.Where(f => f.IndicatorCode == "cluster_output" && f.Period == $"{year}").Sum(f => f.Value);
            all.Add(Zone("Z1", "zone_industrial_output", $"{year}", Math.Round(clusters * (0.8 + (random.NextDouble() * 1.2)), 1)));
        }

        return (all.Where(f => f.Period == "2024").ToArray(), all.Where(f => f.Period != "2024").ToArray());
    }

    private static ReportedFigure[] Scale(ReportedFigure[] figures, double factor) => figures.Select(f => f with { Value = f.Value * factor }).ToArray();

    private static string[] Keys(IEnumerable<PlausibilityFlag> flags) =>
        flags.Where(f => f.Rule != PlausibilityRule.Benford).Select(f => $"{f.Rule} {f.Kind} {f.EntityCode} {f.IndicatorCode} {f.Period}").ToArray();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Flags_other_than_Benford_do_not_depend_on_the_unit(int seed)
    {
        // 100m CNY → 10k CNY (× 10,000), → billion CNY (× 0.1), and × 1024, which keeps repeated values exactly equal.
        var (submitted, history) = Dataset(seed);
        var flags = Keys(Check(submitted, history));
        Assert.NotEmpty(flags);
        foreach (var factor in new[] { 10_000, 0.1, 1024 })
        {
            Assert.Equal(flags, Keys(Check(Scale(submitted, factor), Scale(history, factor))));
        }
    }

    [Theory]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void The_order_of_the_figures_does_not_matter(int seed)
    {
        var (submitted, history) = Dataset(seed);
        var random = new Random(seed);
        var flags = Check(submitted, history);
        var shuffled = Check(submitted.OrderBy(_ => random.Next()).ToArray(), history.OrderBy(_ => random.Next()).ToArray());
        Assert.Equal(flags.Select(f => f.Message), shuffled.Select(f => f.Message));
    }

    [Theory]
    [InlineData(9)]
    [InlineData(10)]
    [InlineData(11)]
    public void Flags_are_about_submitted_figures_and_carry_only_finite_numbers(int seed)
    {
        var (submitted, history) = Dataset(seed);
        var flags = Check(submitted, history);
        Assert.All(flags, f => Assert.True(f.Numbers.Values.All(double.IsFinite), f.Message));
        Assert.All(flags.Where(f => f.Rule is PlausibilityRule.YearOnYearJump or PlausibilityRule.IdenticalAcrossPeriods),
            f => Assert.Contains(submitted, s => s.Kind == f.Kind && s.EntityCode == f.EntityCode && s.IndicatorCode == f.IndicatorCode && s.Period == f.Period));
        Assert.All(flags, f => Assert.Equal("2024", f.Period));
        // Nothing submitted, nothing flagged, whatever the history holds.
        Assert.Empty(Check([], [.. submitted, .. history]));
    }

    [Fact]
    public void Raising_the_band_never_adds_a_jump_flag()
    {
        var (submitted, history) = Dataset(12);
        var previous = int.MaxValue;
        foreach (var band in new[] { 0.0, 0.1, 0.3, 0.5, 1.0, 3.0 })
        {
            var count = Check(PlausibilityRule.YearOnYearJump, submitted, history, PlausibilitySettings.Default with { YearOnYearBand = band }).Count;
            Assert.True(count <= previous, $"band {band}: {count} flags after {previous}");
            previous = count;
        }
    }

    [Fact]
    public void Settings_that_make_no_sense_are_refused()
    {
        ReportedFigure[] one = [Output("C1", "2024", 1)];
        Assert.Throws<ArgumentException>(() => Check(one, settings: PlausibilitySettings.Default with { YearOnYearBand = -0.1 }));
        Assert.Throws<ArgumentException>(() => Check(one, settings: PlausibilitySettings.Default with { YearOnYearBand = double.NaN }));
        Assert.Throws<ArgumentException>(() => Check(one, settings: PlausibilitySettings.Default with
        {
            YearOnYearBandByIndicator = new Dictionary<string, double> { ["cluster_output"] = -1 },
        }));
        Assert.Throws<ArgumentException>(() => Check(one, settings: PlausibilitySettings.Default with { BenfordMinimumSample = 0 }));
        Assert.Throws<ArgumentException>(() => Check(one, settings: PlausibilitySettings.Default with { BenfordMadNonconformity = 0 }));
        Assert.Throws<ArgumentException>(() => Check(one, settings: PlausibilitySettings.Default with { IdenticalRun = 1 }));
    }

    [Fact]
    public void The_defaults_are_the_documented_ones()
    {
        var d = PlausibilitySettings.Default;
        Assert.Equal((0.5, 600, 0.015, 2), (d.YearOnYearBand, d.BenfordMinimumSample, d.BenfordMadNonconformity, d.IdenticalRun));
        Assert.Empty(d.YearOnYearBandByIndicator);
        var proxy = Assert.Single(d.Proxies);
        Assert.Equal("cluster_output", proxy.OutputIndicator);
        Assert.Equal(["cluster_electricity", "cluster_tax", "cluster_employment"], proxy.ProxyIndicators);
        Assert.Equal(new PartWholeRule("cluster_output", "zone_industrial_output"), Assert.Single(d.PartsOfWhole));
    }

    [Fact]
    public void Figures_with_an_invalid_period_or_a_non_finite_value_are_left_out()
    {
        Assert.Empty(Check([Output("C1", "2024-13", 1), Output("C1", "24", 1), Output("C1", "2024", double.NaN)],
            [Output("C1", "2023-13", 1), Output("C1", "2023", 100)]));
    }
}
