namespace ClusterScope.Domain.Chains;

/// <summary>One segment (环节) of a chain: the industries and products that make it up.</summary>
/// <param name="Code">The segment's id, unique in its chain.</param>
/// <param name="NameZh">Its Chinese name.</param>
/// <param name="NameEn">Its English name.</param>
/// <param name="Stage">Upstream, midstream or downstream.</param>
/// <param name="IndustryCodes">GB/T 4754-2017 codes without the section letter; a code covers every code under it.</param>
/// <param name="KeywordsZh">Chinese product words that tell this segment apart where codes are shared.</param>
/// <param name="KeywordsEn">English product words, for the same.</param>
/// <param name="ValueShare">The segment's typical share of the chain's value, only where a source gives it.</param>
/// <param name="ValueShareSource">The source of <paramref name="ValueShare"/>.</param>
public sealed record ChainSegment(string Code, string NameZh, string NameEn, SegmentStage Stage, IReadOnlyList<string> IndustryCodes,
    IReadOnlyList<string> KeywordsZh, IReadOnlyList<string> KeywordsEn, double? ValueShare = null, string? ValueShareSource = null)
{
    /// <summary>Whether one of the segment's codes is <paramref name="industryCode"/> or lies above it (division 36 covers 3670).</summary>
    public bool Covers(string industryCode) => IndustryCodes.Any(c => industryCode.StartsWith(c, StringComparison.Ordinal));

    /// <summary>Whether <paramref name="industryCode"/> is coarser than one of the segment's codes (an enterprise coded 36 may
    /// belong to a segment coded 3670).</summary>
    public bool LiesUnder(string industryCode) =>
        IndustryCodes.Any(c => c.Length > industryCode.Length && c.StartsWith(industryCode, StringComparison.Ordinal));
}
