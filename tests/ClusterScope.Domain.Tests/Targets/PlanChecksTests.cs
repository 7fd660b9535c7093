using ClusterScope.Domain.Registry;
using ClusterScope.Domain.Targets;

namespace ClusterScope.Domain.Tests.Targets;

public class PlanChecksTests
{
    private static readonly (string Code, double Value)[] Categories2013 =
    [
        ("equipment", 14), ("new_energy_materials", 20), ("biomedicine", 22), ("electronic_info", 4), ("food", 15), ("agro_processing", 10),
        ("metallurgy_building", 23), ("petrochemical", 6), ("wood", 7), ("auto_parts", 16), ("textiles", 2), ("modern_services", 4), ("other", 17),
    ];

    /// <summary>The 2013 Jilin programme's counts: 162 clusters; tiers 8 / 53 / 56 / 45; 13 categories adding up to 160.</summary>
    private static Plan Programme2013()
    {
        var targets = new List<Target> { Hand.Target(TargetKind.Count, 162, "tier>=Over2Bn", "clusters-total") };
        targets.AddRange(new (string Tier, double Value)[] { ("Over100Bn", 8), ("Over10Bn", 53), ("Over5Bn", 56), ("Over2Bn", 45) }
            .Select(t => Hand.Target(TargetKind.Count, t.Value, $"tier={t.Tier}", "tier-" + t.Tier.ToLowerInvariant(), partOf: "clusters-total")));
        targets.AddRange(Categories2013.Select(c => Hand.Target(TargetKind.Count, c.Value, $"category={c.Code};tier>=Over2Bn", "category-" + c.Code.Replace('_', '-'), partOf: "clusters-total")));
        targets.Add(Hand.Target(TargetKind.Sum, 17000, null, "output-total", unit: "100m CNY"));
        targets.Add(Hand.Target(TargetKind.Share, 35.4, null, "output-share", unit: "%"));
        return Hand.Plan([.. targets]);
    }

    [Fact]
    public void The_13_category_counts_adding_to_160_against_162_are_flagged()
    {
        var findings = PlanChecks.PartsVersusWhole(Programme2013()).ToList();
        var finding = Assert.Single(findings);   // the four tiers add up: 8 + 53 + 56 + 45 = 162
        Assert.Equal((FindingKind.PartsVersusWhole, FindingSeverity.Error), (finding.Kind, finding.Severity));
        Assert.Equal((162.0, 160.0), (finding.Expected!.Value, finding.Actual!.Value));
        Assert.Contains("The 13 category targets add up to 160 clusters, not the 162 of 'clusters-total' (short by 2)", finding.Message, StringComparison.Ordinal);
        Assert.Contains("14 + 20 + 22", finding.Message, StringComparison.Ordinal);
        Assert.Equal(14, finding.TargetCodes.Count);
    }

    [Fact]
    public void Tier_counts_not_adding_up_are_flagged_too()
    {
        var plan = Hand.Plan(Hand.Target(TargetKind.Count, 10, code: "total"), Hand.Target(TargetKind.Count, 4, "tier=Over100Bn", "a", partOf: "total"),
            Hand.Target(TargetKind.Count, 7, "tier=Over10Bn", "b", partOf: "total"));
        var finding = Assert.Single(PlanChecks.PartsVersusWhole(plan));
        Assert.Contains("The 2 tier targets add up to 11 clusters, not the 10 of 'total' (over by 1)", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_share_and_a_sum_imply_the_denominator_1_7_trillion_at_35_4_percent_is_about_4_8_trillion()
    {
        // 17,000 / 0.354 = 48,022.6 (100m CNY), i.e. RMB 4.8 trillion
        var finding = Assert.Single(PlanChecks.ImpliedQuantities(Programme2013(), null));
        Assert.Equal(FindingKind.ImpliedQuantity, finding.Kind);
        Assert.Equal(17000 / 0.354, finding.Expected!.Value, 9);
        Assert.Null(finding.Actual);
        Assert.Contains("implies a gross_industrial_output of 48,022.6 100m CNY in 2017", finding.Message, StringComparison.Ordinal);
        Assert.Contains("no observed gross_industrial_output of 220000 for 2017", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_implied_denominator_is_compared_with_the_observed_figure()
    {
        var data = ObservedData.Empty with { Values = [new ObservedValue(EntityKind.Region, "220000", "gross_industrial_output", 2017, 24011.3, false)] };
        var finding = Assert.Single(PlanChecks.ImpliedQuantities(Programme2013(), data));
        Assert.Equal(24011.3, finding.Actual);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Contains("is 24,011.3 (50 % of the implied figure)", finding.Message, StringComparison.Ordinal);   // 24,011.3 / 48,022.6
    }

    [Fact]
    public void Deadlines_outside_the_plan_period_are_flagged()
    {
        var plan = Hand.Plan(Hand.Target(TargetKind.Sum, 1, code: "late", deadline: 2020), Hand.Target(TargetKind.Sum, 1, code: "early", deadline: 2010),
            Hand.Target(TargetKind.Sum, 1, code: "fine", deadline: 2017));
        var findings = PlanChecks.DeadlinesOutsidePeriod(plan).ToList();
        Assert.Equal(["late", "early"], findings.Select(f => f.TargetCodes[0]));
        Assert.Contains("'late' is due in 2020, after the plan's period 2013-2017", findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_codes_and_duplicate_measures_are_flagged()
    {
        var plan = Hand.Plan(Hand.Target(TargetKind.Count, 8, "tier=Over100Bn", "a"), Hand.Target(TargetKind.Count, 9, "tier = Over100Bn".Replace(" ", ""), "b"),
            Hand.Target(TargetKind.Sum, 1, code: "a"));
        var findings = PlanChecks.Duplicates(plan).ToList();
        Assert.Contains(findings, f => f.Message == "2 targets share the code 'a'." && f.Severity == FindingSeverity.Error);
        Assert.Contains(findings, f => f.Message.Contains("'a', 'b' measure the same thing by 2017 with different values (8 vs 9)", StringComparison.Ordinal));
    }

    [Fact]
    public void Counts_beyond_the_registry_and_unknown_wholes_are_flagged()
    {
        var plan = Hand.Plan(Hand.Target(TargetKind.StatusCount, 100, "status>=Provincial", "eco", unit: "zones"),
            Hand.Target(TargetKind.Count, 2, "tier=Over100Bn", "part", partOf: "missing"));
        var findings = PlanChecks.Run(plan, Hand.Data());
        Assert.Contains(findings, f => f.Kind == FindingKind.ExceedsPopulation && f.Message.Contains("asks for 100 zones, but the registry holds 3 development zones", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Kind == FindingKind.UnknownReference && f.TargetCodes.SequenceEqual(["part"]));
    }

    [Fact]
    public void A_consistent_plan_has_no_findings()
    {
        var plan = Hand.Plan(Hand.Target(TargetKind.Count, 3, code: "total"), Hand.Target(TargetKind.Count, 1, "tier=Over100Bn", "a", partOf: "total"),
            Hand.Target(TargetKind.Count, 2, "tier=Over10Bn", "b", partOf: "total"));
        Assert.Empty(PlanChecks.Run(plan, Hand.Data()));
    }
}
