using ClusterScope.Domain.Plausibility;
using ClusterScope.Domain.Registry;
using static ClusterScope.Domain.Tests.Plausibility.Figures;

namespace ClusterScope.Domain.Tests.Plausibility;

public class PartsAboveWholeTests
{
    private static IReadOnlyList<PlausibilityFlag> Excesses(ReportedFigure[] submitted, ReportedFigure[]? history = null, PlausibilitySettings? settings = null) =>
        Check(PlausibilityRule.PartsAboveWhole, submitted, history, settings);

    private static ReportedFigure Whole(string period, double value) => Zone("Z1", "zone_industrial_output", period, value);

    [Fact]
    public void Clusters_adding_up_to_more_than_their_zone_are_flagged_on_the_zone()
    {
        // 800 + 400 + 300 = 1500 > 1200 by 300, i.e. 25.0 % of the whole.
        var flag = Assert.Single(Excesses([Output("C1", "2024", 800), Output("C2", "2024", 400), Output("C3", "2024", 300), Whole("2024", 1200)]));
        Assert.Equal("the cluster_output of the 3 clusters of Z1 in 2024 sums to 1,500 (C1 800; C2 400; C3 300), above its zone_industrial_output of 1,200 by 300 (25.0 %)",
            flag.Message);
        Assert.Equal("Z1 下属 3 个集群的 cluster_output 在 2024 合计 1,500（C1 800; C2 400; C3 300），比其 zone_industrial_output（1,200）多 300（25.0%）", flag.MessageZh);
        Assert.Equal((EntityKind.Zone, "Z1", "zone_industrial_output", "2024"), (flag.Kind, flag.EntityCode, flag.IndicatorCode, flag.Period));
        Assert.Equal((1500.0, 1200.0, 300.0, 3.0), (flag.Numbers["parts_sum"], flag.Numbers["whole"], flag.Numbers["excess"], flag.Numbers["parts"]));
    }

    [Theory]
    [InlineData(1500, false)]     // equal to the whole
    [InlineData(1499.99, true)]
    [InlineData(2000, false)]
    public void Parts_equal_to_the_whole_are_fine(double whole, bool flagged) =>
        Assert.Equal(flagged, Excesses([Output("C1", "2024", 800), Output("C2", "2024", 400), Output("C3", "2024", 300), Whole("2024", whole)]).Count == 1);

    [Fact]
    public void Decimal_parts_that_sum_to_the_whole_are_not_an_excess()
    {
        // 0.1 + 0.2 is 0.30000000000000004 in doubles.
        Assert.Empty(Excesses([Output("C1", "2024", 0.1), Output("C2", "2024", 0.2), Whole("2024", 0.3)]));
    }

    [Fact]
    public void Without_the_whole_there_is_nothing_to_compare()
    {
        Assert.Empty(Excesses([Output("C1", "2024", 800), Output("C2", "2024", 400)], [Whole("2023", 100)]));
    }

    [Fact]
    public void One_submitted_cluster_counts_the_accepted_figures_of_the_others()
    {
        var flag = Assert.Single(Excesses([Output("C1", "2024", 900)], [Output("C2", "2024", 400), Output("C1", "2024", 500), Whole("2024", 1000)]));
        Assert.Equal(1300, flag.Numbers["parts_sum"]);
    }

    [Fact]
    public void A_whole_revised_below_its_accepted_parts_is_flagged()
    {
        Assert.Single(Excesses([Whole("2024", 100)], [Output("C1", "2024", 80), Output("C2", "2024", 30), Whole("2024", 200)]));
    }

    [Fact]
    public void Other_periods_and_other_zones_do_not_count()
    {
        Assert.Empty(Excesses([Output("C1", "2024", 800)], [Output("C2", "2023", 400), Whole("2024", 1000), Output("C9", "2024", 5000)]));
        // A quarter's parts are compared with the quarter's whole only.
        Assert.Empty(Excesses([Output("C1", "2024-Q1", 300)], [Whole("2024-Q1", 400), Whole("2024", 100)]));
    }

    [Fact]
    public void Only_the_ten_largest_parts_are_named()
    {
        var parents = Enumerable.Range(1, 12).ToDictionary(i => new EntityRef(EntityKind.Cluster, $"K{i:00}"), _ => new EntityRef(EntityKind.Zone, "Z9"));
        ReportedFigure[] submitted = [.. Enumerable.Range(1, 12).Select(i => Output($"K{i:00}", "2024", i)), Zone("Z9", "zone_industrial_output", "2024", 70)];
        var flag = Assert.Single(PlausibilityChecker.Check(submitted, [], parents, PlausibilitySettings.Default), f => f.Rule == PlausibilityRule.PartsAboveWhole);
        // 1 + ... + 12 = 78 > 70 by 8; named from K12 down to K03.
        Assert.Contains("sums to 78 (K12 12; K11 11; K10 10; K09 9; K08 8; K07 7; K06 6; K05 5; K04 4; K03 3; and 2 more), above its zone_industrial_output of 70 by 8 (11.4 %)",
            flag.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Enterprises_above_their_cluster_follow_a_configured_rule()
    {
        var settings = PlausibilitySettings.Default with { PartsOfWhole = [new PartWholeRule("enterprise_revenue", "cluster_output")] };
        var flag = Assert.Single(Excesses([new(EntityKind.Enterprise, "E1", "enterprise_revenue", "2024", 50)], [Output("C1", "2024", 40)], settings));
        Assert.Equal((EntityKind.Cluster, "C1"), (flag.Kind, flag.EntityCode));
        Assert.Contains("the enterprise_revenue of the 1 enterprises of C1", flag.Message, StringComparison.Ordinal);
    }
}
