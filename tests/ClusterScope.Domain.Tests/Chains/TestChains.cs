using ClusterScope.Domain.Chains;

namespace ClusterScope.Domain.Tests.Chains;

/// <summary>Small hand-built chains: steel -> parts -> vehicles, parts split into seats and lamps by keyword.</summary>
internal static class TestChains
{
    public static readonly IReadOnlySet<string> KnownCodes = new HashSet<string>(["31", "313", "3130", "36", "367", "3670", "361", "3611", "3612", "3841"]);

    public static ChainSegment Segment(string code, params string[] industryCodes) =>
        new(code, code + "中文", code + " en", SegmentStage.Midstream, industryCodes, [code + "词"], [code + "word"]);

    public static ChainTemplate Chain(IReadOnlyList<ChainSegment> segments, params (string From, string To)[] links) =>
        new("test", 1, "测试链", "Test chain", [], null, null, [], segments,
            links.Select(l => new ChainLink(l.From, l.To, LinkKind.Supplies)).ToList());

    /// <summary>steel(3130) -> seats(3670, 座椅) -> vehicles(3611); lamps(3670, 车灯) -> vehicles; battery(3841) -> vehicles.</summary>
    public static ChainTemplate Auto() => Chain(
        [
            Segment("steel", "3130"),
            Segment("seats", "3670") with { KeywordsZh = ["座椅"], KeywordsEn = ["seat"] },
            Segment("lamps", "3670") with { KeywordsZh = ["车灯"], KeywordsEn = ["lamp"] },
            Segment("battery", "3841"),
            Segment("vehicles", "3611"),
        ],
        ("steel", "seats"), ("steel", "lamps"), ("seats", "vehicles"), ("lamps", "vehicles"), ("battery", "vehicles"));
}
