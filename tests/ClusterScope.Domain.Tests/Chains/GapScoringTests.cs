using ClusterScope.Analytics;
using ClusterScope.Analytics.Complexity;
using ClusterScope.Domain.Chains;

namespace ClusterScope.Domain.Tests.Chains;

/// <summary>Segment status and gap scores on hand-built chains whose answers can be worked out by hand.</summary>
public sealed class GapScoringTests
{
    private static readonly ChainSettings Settings = new();

    [Theory]
    [InlineData(0, 0.0, false, SegmentStatus.Missing)]
    [InlineData(3, 0.05, false, SegmentStatus.Strong)]
    [InlineData(2, 0.05, false, SegmentStatus.Weak)]
    [InlineData(1, 0.30, true, SegmentStatus.Strong)]
    [InlineData(1, 0.04, true, SegmentStatus.Weak)]
    [InlineData(10, 0.049, false, SegmentStatus.Weak)]
    public void The_status_rule_follows_its_thresholds(int enterprises, double share, bool leading, SegmentStatus expected) =>
        Assert.Equal(expected, Settings.Status(enterprises, share, leading));

    [Fact]
    public void Settings_out_of_range_are_named()
    {
        Assert.Null(Settings.Problem());
        Assert.Contains("StrongMinimumShare", new ChainSettings(StrongMinimumShare: 1.5).Problem(), StringComparison.Ordinal);
        Assert.Contains("StrongMinimumEnterprises", new ChainSettings(StrongMinimumEnterprises: 0).Problem(), StringComparison.Ordinal);
        Assert.Contains("not all be 0", new ChainSettings(PositionWeight: 0, DensityWeight: 0, ComplexityWeight: 0).Problem(), StringComparison.Ordinal);
    }

    [Fact]
    public void Strong_segments_are_no_gap_and_position_counts_present_neighbours()
    {
        // steel strong; seats weak; lamps, battery missing; vehicles strong. No industry data: position alone decides.
        var status = Status(("steel", SegmentStatus.Strong), ("seats", SegmentStatus.Weak), ("vehicles", SegmentStatus.Strong));
        var gaps = GapScoring.Score(TestChains.Auto(), status, [], Settings);
        // All three have every neighbour present: the tie keeps the template's order.
        Assert.Equal(["seats", "lamps", "battery"], gaps.Select(g => g.SegmentCode));
        var lamps = gaps[1];
        Assert.Equal((2, 2, 1.0, 1.0), (lamps.LinkedPresent, lamps.Neighbours, lamps.Position, lamps.Score));
        Assert.True(double.IsNaN(lamps.Density) && double.IsNaN(lamps.Complexity));
        // battery's only neighbour, vehicles, is present.
        Assert.Equal(1.0, gaps.Single(g => g.SegmentCode == "battery").Position);
    }

    [Fact]
    public void The_score_weights_the_parts_that_have_data_and_value_shares_enter_position()
    {
        var chain = TestChains.Chain(
            [TestChains.Segment("a", "3130") with { ValueShare = 0.2 }, TestChains.Segment("b", "3611") with { ValueShare = 0.4 }, TestChains.Segment("c", "3841")],
            ("a", "b"), ("b", "c"));
        var status = Status(("c", SegmentStatus.Strong));
        IndustryOpportunity[] industries =
        [
            new("3130", false, 0.5, 1.0, 2.0),
            new("3611", false, 0.1, -1.0, 0.5),
            new("3841", true, 0.9, 0.0, 0.0),
        ];
        var gaps = GapScoring.Score(chain, status, industries, Settings).ToDictionary(g => g.SegmentCode);

        // a: neighbours {b}, none present -> 0; value share 0.2 / 0.4 -> (0 + 0.5) / 2 = 0.25.
        // PCI percentiles among {1, -1, 0}: 1 -> 3/3, -1 -> 1/3; COG among {2, 0.5, 0}: 2 -> 1, 0.5 -> 2/3.
        Assert.Equal(0.25, gaps["a"].Position, 12);
        Assert.Equal(1.0, gaps["a"].Complexity, 12);
        Assert.Equal((0.4 * 0.25) + (0.4 * 0.5) + (0.2 * 1.0), gaps["a"].Score, 12);
        // b: neighbours {a, c}, c present -> 1/2; value share 1 -> 0.75. Complexity (1/3 + 2/3) / 2 = 0.5.
        Assert.Equal(0.75, gaps["b"].Position, 12);
        Assert.Equal(0.5, gaps["b"].Complexity, 12);
        Assert.Equal((0.4 * 0.75) + (0.4 * 0.1) + (0.2 * 0.5), gaps["b"].Score, 12);
        Assert.Equal(["3130"], gaps["a"].Industries);
    }

    [Fact]
    public void Scores_lie_in_zero_to_one_and_do_not_depend_on_the_weights_scale()
    {
        var status = Status(("steel", SegmentStatus.Weak));
        IndustryOpportunity[] industries = [new("3130", true, 0.7, 0.3, 0), new("3670", false, 0.2, 1.2, 0.8), new("3841", false, 0.6, -0.4, 0.1)];
        var one = GapScoring.Score(TestChains.Auto(), status, industries, Settings);
        var scaled = GapScoring.Score(TestChains.Auto(), status, industries, new ChainSettings(PositionWeight: 4, DensityWeight: 4, ComplexityWeight: 2));
        Assert.All(one, g => Assert.InRange(g.Score, 0, 1));
        Assert.Equal(one.Select(g => g.Score), scaled.Select(g => g.Score), (x, y) => Math.Abs(x - y) < 1e-12);
    }

    [Fact]
    public void Place_opportunities_are_the_libraries_density_pci_and_cog_for_the_row()
    {
        var values = Matrix.From([[5, 3, 0, 1], [0, 2, 4, 1], [3, 0, 1, 4], [1, 1, 1, 0]]);
        string[] codes = ["3130", "3670", "3611", "3841"];
        var (industries, hasComplexity) = PlaceOpportunities.Compute(values, codes, 2);
        var expected = EconomicComplexity.Compute(values);
        Assert.True(hasComplexity);
        for (var p = 0; p < codes.Length; p++)
        {
            Assert.Equal(expected.Density[2, p], industries[p].Density, 12);
            Assert.Equal(expected.Pci[p], industries[p].Pci, 12);
            Assert.Equal(expected.Cog[2, p], industries[p].Cog, 12);
            Assert.Equal(expected.Presence[2, p] > 0, industries[p].Present);
            Assert.InRange(industries[p].Density, 0, 1);
        }
    }

    [Fact]
    public void A_disconnected_network_still_gives_density_but_no_complexity()
    {
        // Two blocks that share no place: the complexity indices are undefined.
        var values = Matrix.From([[4, 1, 0, 0], [1, 4, 0, 0], [0, 0, 4, 1], [0, 0, 1, 4]]);
        var (industries, hasComplexity) = PlaceOpportunities.Compute(values, ["a", "b", "c", "d"], 0);
        Assert.False(hasComplexity);
        Assert.All(industries, i => Assert.True(double.IsNaN(i.Pci) && double.IsNaN(i.Cog)));
        var presence = EconomicComplexity.Presence(values);
        var density = ProductSpace.Density(presence, ProductSpace.Proximity(presence));
        Assert.Equal(Enumerable.Range(0, 4).Select(p => density[0, p]), industries.Select(i => i.Density));
    }

    private static Dictionary<string, SegmentStatus> Status(params (string Code, SegmentStatus Status)[] pairs) => pairs.ToDictionary(p => p.Code, p => p.Status);
}
