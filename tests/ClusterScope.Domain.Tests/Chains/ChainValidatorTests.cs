using ClusterScope.Domain.Chains;
using static ClusterScope.Domain.Tests.Chains.TestChains;

namespace ClusterScope.Domain.Tests.Chains;

public class ChainValidatorTests
{
    private static FieldErrors Validate(ChainTemplate chain) => ChainValidator.Validate(chain, "test.json", KnownCodes);

    [Fact]
    public void A_well_formed_chain_has_no_errors() => Assert.Empty(Validate(Auto()));

    [Fact]
    public void A_cycle_is_named_with_its_path()
    {
        var chain = Chain([Segment("a", "3130"), Segment("b", "3670"), Segment("c", "3611")], ("a", "b"), ("b", "c"), ("c", "b"));
        var message = Assert.Single(Validate(chain)["links"]);
        Assert.Equal("test.json: the links form a cycle: b -> c -> b.", message);
        Assert.Contains("环路", Assert.Single(Validate(chain).In(chinese: true)["links"]), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_industry_code_names_the_segment_and_code()
    {
        var chain = Chain([Segment("a", "3130"), Segment("b", "9999")], ("a", "b"));
        var errors = Validate(chain);
        Assert.Equal("test.json: segment 'b': industry code 9999 is not in GB/T 4754-2017.", Assert.Single(errors["segments[1].industryCodes"]));
    }

    [Fact]
    public void A_missing_name_is_named_per_language()
    {
        var chain = Chain([Segment("a", "3130") with { NameEn = "" }, Segment("b", "3670")], ("a", "b")) with { NameZh = " " };
        var errors = Validate(chain);
        Assert.Equal("test.json: segment 'a' has no English name (nameEn).", Assert.Single(errors["segments[0].nameEn"]));
        Assert.Equal("test.json: the chain has no Chinese name (nameZh).", Assert.Single(errors["nameZh"]));
        Assert.Equal(2, errors.Count);
    }

    [Fact]
    public void A_segment_split_from_the_rest_is_not_reachable()
    {
        var chain = Chain([Segment("a", "3130"), Segment("b", "3670"), Segment("c", "3611"), Segment("d", "3841")], ("a", "b"), ("c", "d"));
        var errors = Validate(chain);
        Assert.Equal(["segments[2].reach", "segments[3].reach"], errors.Keys.Order());
        Assert.Contains("segment 'c' is not connected to segment 'a'", errors["segments[2].reach"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_segment_in_no_link_and_bad_links_are_named()
    {
        var chain = Chain([Segment("a", "3130"), Segment("b", "3670"), Segment("c", "3611")], ("a", "b"), ("a", "b"), ("b", "b"), ("b", "x"));
        var errors = Validate(chain);
        Assert.Contains("listed twice", errors["links[1]"][0], StringComparison.Ordinal);
        Assert.Contains("linked to itself", errors["links[2]"][0], StringComparison.Ordinal);
        Assert.Contains("unknown segment 'x'", errors["links[3]"][0], StringComparison.Ordinal);

        var lonely = Validate(Chain([Segment("a", "3130"), Segment("b", "3670"), Segment("c", "3611")], ("a", "b")));
        Assert.Equal("test.json: segment 'c' takes part in no link.", Assert.Single(lonely["segments[2].links"]));
    }

    [Fact]
    public void Keywords_are_required_in_both_languages_and_a_value_share_needs_its_source()
    {
        var chain = Chain([Segment("a", "3130") with { KeywordsZh = [] }, Segment("b", "3670") with { ValueShare = 0.3 }], ("a", "b"));
        var errors = Validate(chain);
        Assert.Equal(["segments[0].keywordsZh", "segments[1].valueShare"], errors.Keys.Order());
    }

    [Theory]
    [InlineData("3670", true)]
    [InlineData("36", false)]
    [InlineData("3611", false)]
    public void A_segment_code_covers_the_codes_under_it(string enterpriseCode, bool covered)
    {
        var segment = Segment("s", "367");
        Assert.Equal(covered, segment.Covers(enterpriseCode));
        Assert.Equal(enterpriseCode == "36", segment.LiesUnder(enterpriseCode));
    }
}
