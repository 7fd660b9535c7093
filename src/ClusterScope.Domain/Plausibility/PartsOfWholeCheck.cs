namespace ClusterScope.Domain.Plausibility;

/// <summary>Flags parts (the clusters of a zone) whose figures add up to more than the whole (the zone's figure).</summary>
/// <remarks>Parts without a figure count as nothing, so a missing part can hide an excess but never make one.</remarks>
internal static class PartsOfWholeCheck
{
    private const int PartsNamed = 10;

    public static IEnumerable<PlausibilityFlag> Check(FigureBook book, PlausibilitySettings settings)
    {
        foreach (var rule in settings.PartsOfWhole)
        {
            var wholes = new List<(EntityRef Whole, string Period)>();
            foreach (var f in book.Submitted)
            {
                if (f.IndicatorCode == rule.WholeIndicator)
                {
                    wholes.Add((new EntityRef(f.Kind, f.EntityCode), f.Period));
                }

                if (f.IndicatorCode == rule.PartIndicator && book.Parents.TryGetValue(new EntityRef(f.Kind, f.EntityCode), out var parent))
                {
                    wholes.Add((parent, f.Period));
                }
            }

            foreach (var (whole, period) in wholes.Distinct())
            {
                if (Flag(book, rule, whole, period) is { } flag)
                {
                    yield return flag;
                }
            }
        }
    }

    private static PlausibilityFlag? Flag(FigureBook book, PartWholeRule rule, EntityRef whole, string period)
    {
        if (book.Value(whole.Kind, whole.Code, rule.WholeIndicator, period) is not { } total)
        {
            return null;
        }

        var parts = book.ChildrenOf(whole)
            .Select(c => (c.Kind, c.Code, Value: book.Value(c.Kind, c.Code, rule.PartIndicator, period)))
            .Where(p => p.Value is not null)
            .Select(p => (p.Kind, p.Code, Value: p.Value!.Value))
            .OrderByDescending(p => p.Value).ThenBy(p => p.Code, StringComparer.Ordinal)
            .ToList();
        var sum = parts.Sum(p => p.Value);
        // Rounded parts may overshoot a rounded whole by a hair; that is not an excess.
        if (parts.Count == 0 || !(sum > total + (1e-9 * Math.Max(1, Math.Abs(total)))))
        {
            return null;
        }

        var excess = sum - total;
        var (kinds, kindsZh) = FlagText.Kinds(parts[0].Kind);
        var listed = string.Join("; ", parts.Take(PartsNamed).Select(p => $"{p.Code} {FlagText.Number(p.Value)}"));
        var (more, moreZh) = parts.Count > PartsNamed
            ? ($"; and {parts.Count - PartsNamed} more", $"；另有 {parts.Count - PartsNamed} 个")
            : ("", "");
        var (share, shareZh) = total > 0
            ? ($" ({FlagText.Percent(excess / total)})", $"（{FlagText.PercentZh(excess / total)}）")
            : ("", "");
        return new PlausibilityFlag(PlausibilityRule.PartsAboveWhole, whole.Kind, whole.Code, rule.WholeIndicator, period,
            $"the {rule.PartIndicator} of the {parts.Count} {kinds} of {whole.Code} in {period} sums to {FlagText.Number(sum)} ({listed}{more}), "
            + $"above its {rule.WholeIndicator} of {FlagText.Number(total)} by {FlagText.Number(excess)}{share}",
            $"{whole.Code} 下属 {parts.Count} 个{kindsZh}的 {rule.PartIndicator} 在 {period} 合计 {FlagText.Number(sum)}（{listed}{moreZh}），"
            + $"比其 {rule.WholeIndicator}（{FlagText.Number(total)}）多 {FlagText.Number(excess)}{shareZh}",
            new Dictionary<string, double> { ["parts_sum"] = sum, ["whole"] = total, ["excess"] = excess, ["parts"] = parts.Count });
    }
}
