using ClusterScope.Domain.Plausibility;
using ClusterScope.Domain.Registry;
using static ClusterScope.Domain.Tests.Plausibility.Figures;

namespace ClusterScope.Domain.Tests.Plausibility;

public class ProxyTests
{
    private static IReadOnlyList<PlausibilityFlag> Proxies(ReportedFigure[] submitted, ReportedFigure[]? history = null, PlausibilitySettings? settings = null) =>
        Check(PlausibilityRule.OutputAgainstProxies, submitted, history, settings);

    private static ReportedFigure[] Year(string period, double output, double electricity, double tax, double employment) =>
    [
        Output("C1", period, output), Cluster("C1", "cluster_electricity", period, electricity),
        Cluster("C1", "cluster_tax", period, tax), Cluster("C1", "cluster_employment", period, employment),
    ];

    [Fact]
    public void Output_up_while_electricity_falls_is_flagged_with_both_changes()
    {
        // Output 100 → 112 (+12 %); electricity 50 → 46 (-8 %); tax and employment rise.
        var flag = Assert.Single(Proxies(Year("2024", 112, 46, 11, 210), Year("2023", 100, 50, 10, 200)));
        Assert.Equal("cluster_output of C1 rose 12.0 % from 2023 (100) to 2024 (112) while cluster_electricity fell 8.0 % (50 to 46)", flag.Message);
        Assert.Equal("C1 的 cluster_output 从 2023（100）到 2024（112）增长 12.0%，而 cluster_electricity 下降 8.0%（50 至 46）", flag.MessageZh);
        Assert.Equal(("cluster_output", "2024"), (flag.IndicatorCode, flag.Period));
        Assert.Equal(0.12, flag.Numbers["change"], 12);
        Assert.Equal(50, flag.Numbers["cluster_electricity_previous"]);
        Assert.Equal(46, flag.Numbers["cluster_electricity_current"]);
        Assert.Equal(-0.08, flag.Numbers["cluster_electricity_change"], 12);
        Assert.False(flag.Numbers.ContainsKey("cluster_tax_previous"));
    }

    [Fact]
    public void Every_falling_proxy_is_named_in_one_flag()
    {
        var flag = Assert.Single(Proxies(Year("2024", 112, 46, 9, 190), Year("2023", 100, 50, 10, 200)));
        Assert.Contains("while cluster_electricity fell 8.0 % (50 to 46) and cluster_tax fell 10.0 % (10 to 9) and cluster_employment fell 5.0 % (200 to 190)",
            flag.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100, 46)]   // output flat: not growing
    [InlineData(95, 46)]    // output falling with electricity: consistent
    [InlineData(112, 50)]   // electricity flat: not falling
    [InlineData(112, 55)]   // both grow
    public void Nothing_is_flagged_unless_output_grows_and_a_proxy_falls(double output, double electricity) =>
        Assert.Empty(Proxies(Year("2024", output, electricity, 10, 200), Year("2023", 100, 50, 10, 200)));

    [Fact]
    public void A_proxy_missing_in_either_year_is_not_compared()
    {
        ReportedFigure[] submitted = [Output("C1", "2024", 120), Cluster("C1", "cluster_tax", "2024", 5)];
        Assert.Empty(Proxies(submitted, [Output("C1", "2023", 100), Cluster("C1", "cluster_electricity", "2023", 50)]));
    }

    [Fact]
    public void Quarters_compare_with_the_same_quarter_of_the_previous_year()
    {
        ReportedFigure[] history = [Output("C1", "2023-Q2", 100), Cluster("C1", "cluster_tax", "2023-Q2", 10),
            Output("C1", "2024-Q1", 500), Cluster("C1", "cluster_tax", "2024-Q1", 1)];
        var flag = Assert.Single(Proxies([Output("C1", "2024-Q2", 110), Cluster("C1", "cluster_tax", "2024-Q2", 9)], history));
        Assert.Contains("from 2023-Q2 (100) to 2024-Q2 (110)", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_submitted_proxy_alone_is_checked_against_accepted_output()
    {
        // Only this year's employment is submitted; output for both years is already accepted.
        ReportedFigure[] history = [.. Year("2023", 100, 50, 10, 200), Output("C1", "2024", 130)];
        var flag = Assert.Single(Proxies([Cluster("C1", "cluster_employment", "2024", 150)], history));
        Assert.Contains("cluster_employment fell 25.0 % (200 to 150)", flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Growth_from_zero_output_is_growth_without_a_percentage()
    {
        var flag = Assert.Single(Proxies([Output("C1", "2024", 5), Cluster("C1", "cluster_tax", "2024", 1)],
            [Output("C1", "2023", 0), Cluster("C1", "cluster_tax", "2023", 2)]));
        Assert.StartsWith("cluster_output of C1 rose from 2023 (0) to 2024 (5) while cluster_tax fell 50.0 % (2 to 1)", flag.Message, StringComparison.Ordinal);
        Assert.False(flag.Numbers.ContainsKey("change"));
    }

    [Fact]
    public void Configured_rules_replace_the_default()
    {
        var settings = PlausibilitySettings.Default with { Proxies = [new ProxyRule("enterprise_revenue", ["enterprise_employment"])] };
        ReportedFigure[] history = [new(EntityKind.Enterprise, "E1", "enterprise_revenue", "2023", 10),
            new(EntityKind.Enterprise, "E1", "enterprise_employment", "2023", 100)];
        ReportedFigure[] submitted = [new(EntityKind.Enterprise, "E1", "enterprise_revenue", "2024", 11),
            new(EntityKind.Enterprise, "E1", "enterprise_employment", "2024", 90), .. Year("2024", 112, 46, 11, 210)];
        var flag = Assert.Single(Proxies(submitted, [.. history, .. Year("2023", 100, 50, 10, 200)], settings));
        Assert.Equal("E1", flag.EntityCode);
    }
}
