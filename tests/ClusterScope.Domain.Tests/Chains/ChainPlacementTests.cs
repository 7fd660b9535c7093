using ClusterScope.Domain.Chains;

namespace ClusterScope.Domain.Tests.Chains;

/// <summary>The automatic placement rule: code first, product words where a code is shared, ambiguous otherwise; hand placements win.</summary>
public sealed class ChainPlacementTests
{
    private readonly ChainTemplate _chain = TestChains.Auto();

    [Theory]
    [InlineData("C3130", "steel")]
    [InlineData("3611", "vehicles")]
    [InlineData("3841", "battery")]
    public void A_code_in_one_segment_places_there_by_code(string code, string segment)
    {
        var placement = ChainPlacement.Place(_chain, code, "某公司");
        Assert.Equal((segment, PlacementBasis.Code, code.TrimStart('C')), (placement.SegmentCode, placement.Basis, placement.Detail));
        Assert.True(placement.IsPlaced);
    }

    [Fact]
    public void A_shared_code_is_decided_by_a_product_word_in_either_language()
    {
        var zh = ChainPlacement.Place(_chain, "C3670", "长春某汽车座椅有限公司");
        Assert.Equal(("seats", PlacementBasis.Keyword, "座椅"), (zh.SegmentCode, zh.Basis, zh.Detail));
        var en = ChainPlacement.Place(_chain, "3670", "Changchun Lighting Co.", "maker of LAMP units");
        Assert.Equal(("lamps", PlacementBasis.Keyword), (en.SegmentCode, en.Basis));
        Assert.Equal(["seats", "lamps"], en.Possible);
    }

    [Theory]
    [InlineData("长春某汽车零部件有限公司")]
    [InlineData("座椅与车灯总成厂")]
    public void A_shared_code_without_one_deciding_word_waits_for_a_hand_placement(string name)
    {
        var placement = ChainPlacement.Place(_chain, "3670", name);
        Assert.Null(placement.SegmentCode);
        Assert.Equal(PlacementBasis.Ambiguous, placement.Basis);
        Assert.Equal(["seats", "lamps"], placement.Possible);
    }

    [Theory]
    [InlineData("C2614")]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a code")]
    [InlineData("C36701")]
    public void A_code_outside_the_chain_or_no_code_places_nowhere(string? code)
    {
        var placement = ChainPlacement.Place(_chain, code, "座椅");
        Assert.Equal((null, PlacementBasis.NotInChain), (placement.SegmentCode, placement.Basis));
    }

    [Fact]
    public void A_segment_code_covers_finer_codes_and_a_coarser_enterprise_code_waits_for_words_or_a_hand()
    {
        var chain = TestChains.Chain([TestChains.Segment("parts", "36")]);
        Assert.Equal("parts", ChainPlacement.Place(chain, "C3670").SegmentCode);
        var coarse = ChainPlacement.Place(TestChains.Auto(), "C36", "汽车零部件");
        Assert.Equal((null, PlacementBasis.Ambiguous), (coarse.SegmentCode, coarse.Basis));
        Assert.Equal(["seats", "lamps", "vehicles"], coarse.Possible);
        Assert.Equal(("lamps", PlacementBasis.Keyword), (ChainPlacement.Place(TestChains.Auto(), "C36", "车灯厂").SegmentCode, ChainPlacement.Place(TestChains.Auto(), "C36", "车灯厂").Basis));
        var single = ChainPlacement.Place(TestChains.Chain([TestChains.Segment("steel", "3130")]), "31", "钢铁集团");
        Assert.Equal((null, PlacementBasis.Ambiguous), (single.SegmentCode, single.Basis));
    }

    [Fact]
    public void A_hand_placement_overrides_the_rule_and_keeps_the_possible_segments()
    {
        var automatic = ChainPlacement.Place(_chain, "3670", "零部件");
        var manual = ChainPlacement.Manual(new SegmentPlacement { EnterpriseCode = "E1", ChainCode = "test", SegmentCode = "lamps", PlacedBy = "m", Note = "makes lamps" }, automatic);
        Assert.Equal(("lamps", PlacementBasis.Manual, "makes lamps"), (manual.SegmentCode, manual.Basis, manual.Detail));
        Assert.Equal(automatic.Possible, manual.Possible);
        var off = ChainPlacement.Manual(new SegmentPlacement { EnterpriseCode = "E1", ChainCode = "test", SegmentCode = null, PlacedBy = "m" }, automatic);
        Assert.False(off.IsPlaced);
    }
}
