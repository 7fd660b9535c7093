using ClusterScope.Analytics.Forensics;
using ClusterScope.Domain.Plausibility;
using ClusterScope.Domain.Registry;
using static ClusterScope.Domain.Tests.Plausibility.Figures;

namespace ClusterScope.Domain.Tests.Plausibility;

public class BenfordRuleTests
{
    private static ReportedFigure[] Many(int count, Func<int, double> value, string entity = "C1") =>
        Enumerable.Range(0, count).Select(k => Cluster(entity, $"indicator_{k}", "2024", value(k))).ToArray();

    [Fact]
    public void A_large_zone_sample_far_from_Benford_is_flagged_with_its_statistics()
    {
        // 600 figures all starting with 5: counts (0, 0, 0, 0, 600, 0, 0, 0, 0); |O/N - p| sums to (1 - p5) + (1 - p5) = 1.84164,
        // since the shares other than 5 sum to 1 - p5 and digit 5 is off by 1 - p5; MAD = 2 (1 - 0.07918) / 9 = 0.20463.
        var submitted = Many(600, k => 5 + (k / 1000.0));
        var flag = Assert.Single(Check(PlausibilityRule.Benford, submitted));
        Assert.Equal((EntityKind.Zone, "Z1", null, null), (flag.Kind, flag.EntityCode, flag.IndicatorCode, flag.Period));
        Assert.Equal(600, flag.Numbers["n"]);
        Assert.Equal(2 * (1 - Math.Log10(1.2)) / 9, flag.Numbers["mad"], 12);
        Assert.Equal(600, flag.Numbers["digit_5"]);
        Assert.Equal(0, flag.Numbers["digit_1"]);
        var expected = Benford.Test(submitted.Select(f => f.Value).ToArray());
        Assert.Equal(expected.ChiSquare, flag.Numbers["chi2"], 9);
        Assert.Equal(expected.PValue, flag.Numbers["p"]);
        Assert.StartsWith("the first digits of the 600 figures submitted for zone Z1, its clusters and enterprises are far from Benford's law: MAD 0.2046 is above the 0.015 bound (chi-square ",
            flag.Message, StringComparison.Ordinal);
        Assert.EndsWith("on 8 degrees of freedom, p < 0.0001)", flag.Message, StringComparison.Ordinal);
        Assert.StartsWith("开发区 Z1 及其集群、企业提交的 600 个数据的首位数字明显偏离本福特定律：MAD 为 0.2046", flag.MessageZh, StringComparison.Ordinal);
    }

    [Fact]
    public void Below_the_minimum_sample_the_statistics_are_reported_without_a_verdict()
    {
        var submitted = Many(599, k => 5 + (k / 1000.0));
        Assert.Empty(Check(PlausibilityRule.Benford, submitted));
        var test = Assert.Single(PlausibilityChecker.BenfordByZone(submitted, Parents, PlausibilitySettings.Default));
        Assert.Equal(("Z1", 599, false, false), (test.ZoneCode, test.Result.N, test.Conclusive, test.Nonconforming));
        Assert.True(test.Result.Mad > 0.2);
    }

    [Fact]
    public void A_zone_whose_figures_follow_Benford_is_not_flagged()
    {
        // Powers of two are a Benford sequence.
        var submitted = Many(700, k => Math.Pow(2, k % 600));
        Assert.Empty(Check(PlausibilityRule.Benford, submitted));
        var test = Assert.Single(PlausibilityChecker.BenfordByZone(submitted, Parents, PlausibilitySettings.Default));
        Assert.True(test.Conclusive);
        Assert.False(test.Nonconforming);
    }

    [Fact]
    public void The_zone_pools_its_own_clusters_and_enterprises_figures_and_nothing_else()
    {
        ReportedFigure[] submitted =
        [
            .. Many(200, _ => 5, "C1"), .. Many(200, _ => 50, "C2"),
            .. Enumerable.Range(0, 100).Select(k => new ReportedFigure(EntityKind.Enterprise, "E1", $"indicator_{k}", "2024", 500)),
            .. Enumerable.Range(0, 100).Select(k => Zone("Z1", $"indicator_{k}", "2024", 5000)),
            .. Many(300, _ => 7, "C9"),                  // no known zone
            .. Many(50, _ => 0, "C3"), .. Many(50, _ => -5, "C3"), // no first digit
        ];
        var test = Assert.Single(PlausibilityChecker.BenfordByZone(submitted, Parents, PlausibilitySettings.Default));
        Assert.Equal(600, test.Result.N);
        Assert.Equal(600, test.Result.Counts[4]);
        // History is accepted already and is not re-tested.
        Assert.Single(Check(PlausibilityRule.Benford, submitted, Many(5000, k => Math.Pow(2, k % 600))));
    }

    [Fact]
    public void The_minimum_sample_and_the_bound_are_settings()
    {
        var submitted = Many(100, k => 5 + (k / 1000.0));
        Assert.Single(Check(PlausibilityRule.Benford, submitted, settings: PlausibilitySettings.Default with { BenfordMinimumSample = 100 }));
        Assert.Empty(Check(PlausibilityRule.Benford, submitted, settings: PlausibilitySettings.Default with { BenfordMinimumSample = 100, BenfordMadNonconformity = 0.25 }));
    }

    [Fact]
    public void The_default_minimum_sample_keeps_false_alarms_on_true_Benford_data_rare()
    {
        // 10^U with U uniform on [0, 1) has Benford first digits exactly. The MAD of a finite sample is positive by chance;
        // at the default 600 it exceeds 0.015 in about 3 % of samples, at 300 in about a third.
        var random = new Random(1938);
        double FalseAlarms(int n) => Enumerable.Range(0, 1000).Count(_ =>
            Benford.Test(Enumerable.Range(0, n).Select(_ => Math.Pow(10, random.NextDouble())).ToArray()).Mad
                > PlausibilitySettings.Default.BenfordMadNonconformity) / 1000.0;
        Assert.InRange(FalseAlarms(PlausibilitySettings.Default.BenfordMinimumSample), 0.0, 0.05);
        Assert.InRange(FalseAlarms(300), 0.2, 0.5);
    }
}
