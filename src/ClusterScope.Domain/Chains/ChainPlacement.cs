namespace ClusterScope.Domain.Chains;

/// <summary>The automatic placement rule: industry code first, product words where a code lies in several segments.</summary>
/// <remarks>The rule, in order: (1) the segments whose codes cover the enterprise's GB/T 4754 code (a segment coded 36 covers
/// 3670; the section letter is ignored); one: placed there; none: the segments whose codes lie under a coarser enterprise code
/// (an enterprise coded 36 may belong to a segment coded 3670), which only product words or a hand placement decide; none of
/// either: not in the chain. (2) Several: the segments among them whose
/// Chinese or English product words occur in the enterprise's texts (name, description); exactly one: placed there, the word
/// given as the reason. (3) Otherwise ambiguous, placed nowhere until a zone manager or admin places it by hand: a rule that
/// guessed would count output twice or on the wrong segment.</remarks>
public static class ChainPlacement
{
    /// <summary>Places one enterprise on <paramref name="chain"/>.</summary>
    /// <param name="chain">The chain template.</param>
    /// <param name="industryCode">The enterprise's GB/T 4754-2017 code, with or without its section letter; null places nowhere.</param>
    /// <param name="texts">Its name, product description and the like, searched for the segments' product words.</param>
    public static Placement Place(ChainTemplate chain, string? industryCode, params string?[] texts)
    {
        ArgumentNullException.ThrowIfNull(chain);
        var code = Digits(industryCode);
        if (code is null)
        {
            return new Placement(null, PlacementBasis.NotInChain, null, []);
        }

        var possible = chain.Segments.Where(s => s.Covers(code)).ToList();
        // A code coarser than the segments' (36 against 3670) says only that the enterprise may belong to them.
        var coarse = possible.Count == 0;
        if (coarse)
        {
            possible = [.. chain.Segments.Where(s => s.LiesUnder(code))];
        }

        var codes = possible.Select(s => s.Code).ToList();
        if (possible.Count == 0)
        {
            return new Placement(null, PlacementBasis.NotInChain, code, []);
        }

        if (possible.Count == 1 && !coarse)
        {
            return new Placement(possible[0].Code, PlacementBasis.Code, code, codes);
        }

        var matches = possible
            .Select(s => (Segment: s, Word: s.KeywordsZh.Concat(s.KeywordsEn).FirstOrDefault(w => texts.Any(t => Contains(t, w)))))
            .Where(m => m.Word is not null)
            .ToList();
        return matches.Count == 1
            ? new Placement(matches[0].Segment.Code, PlacementBasis.Keyword, matches[0].Word, codes)
            : new Placement(null, PlacementBasis.Ambiguous, code, codes);
    }

    /// <summary>A hand placement, which overrides the rule.</summary>
    public static Placement Manual(SegmentPlacement placement, Placement automatic)
    {
        ArgumentNullException.ThrowIfNull(placement);
        ArgumentNullException.ThrowIfNull(automatic);
        return new Placement(placement.SegmentCode, PlacementBasis.Manual, placement.Note, automatic.Possible);
    }

    /// <summary>The code without its section letter ("C3670" → "3670"); null when empty or not a GB/T code.</summary>
    public static string? Digits(string? industryCode)
    {
        var text = industryCode?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (char.IsAsciiLetter(text[0]))
        {
            text = text[1..];
        }

        return text.Length is >= 2 and <= 4 && text.All(char.IsAsciiDigit) ? text : null;
    }

    private static bool Contains(string? text, string word) =>
        !string.IsNullOrEmpty(text) && text.Contains(word, StringComparison.OrdinalIgnoreCase);
}
