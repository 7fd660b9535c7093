using ClusterScope.Domain.Registry;

namespace ClusterScope.Domain.Plausibility;

/// <summary>Flags output that grew from the same period of the previous year while a physical or fiscal proxy fell.</summary>
internal static class ProxyCheck
{
    public static IEnumerable<PlausibilityFlag> Check(FigureBook book, PlausibilitySettings settings)
    {
        foreach (var rule in settings.Proxies)
        {
            string[] indicators = [rule.OutputIndicator, .. rule.ProxyIndicators];
            var seen = new HashSet<(EntityKind, string, string, string)>();
            foreach (var f in book.Submitted.Where(f => indicators.Contains(f.IndicatorCode)))
            {
                if (PeriodStep.TryParse(f.Period) is not { } period)
                {
                    continue;
                }

                var (before, after) = (period.YearBefore.ToString(), period.YearAfter.ToString());
                var pairs = new List<(string From, string To)> { (before, f.Period) };
                if (!indicators.Any(i => book.IsSubmitted(f.Kind, f.EntityCode, i, after)))
                {
                    pairs.Add((f.Period, after));
                }

                foreach (var (from, to) in pairs)
                {
                    if (seen.Add((f.Kind, f.EntityCode, from, to)) && Flag(book, rule, f, from, to) is { } flag)
                    {
                        yield return flag;
                    }
                }
            }
        }
    }

    private static PlausibilityFlag? Flag(FigureBook book, ProxyRule rule, ReportedFigure f, string from, string to)
    {
        var (kind, code, output) = (f.Kind, f.EntityCode, rule.OutputIndicator);
        if (book.Value(kind, code, output, from) is not { } previous || book.Value(kind, code, output, to) is not { } current
            || !(current > previous))
        {
            return null;
        }

        var falling = new List<(string Proxy, double Previous, double Current)>();
        foreach (var proxy in rule.ProxyIndicators)
        {
            if (book.Value(kind, code, proxy, from) is { } p0 && book.Value(kind, code, proxy, to) is { } p1 && p1 < p0)
            {
                falling.Add((proxy, p0, p1));
            }
        }

        if (falling.Count == 0)
        {
            return null;
        }

        var numbers = new Dictionary<string, double> { ["previous"] = previous, ["current"] = current };
        var change = FlagText.Change(previous, current);
        if (change is not null)
        {
            numbers["change"] = change.Value;
        }

        var (rose, roseZh) = change is null
            ? ("rose", "增长")
            : ($"rose {FlagText.Percent(change.Value)}", $"增长 {FlagText.PercentZh(change.Value)}");
        var parts = new List<string>();
        var partsZh = new List<string>();
        foreach (var (proxy, p0, p1) in falling)
        {
            numbers[proxy + "_previous"] = p0;
            numbers[proxy + "_current"] = p1;
            var proxyChange = FlagText.Change(p0, p1);
            if (proxyChange is not null)
            {
                numbers[proxy + "_change"] = proxyChange.Value;
            }

            var (by, byZh) = proxyChange is null ? ("", "") : (" " + FlagText.Percent(proxyChange.Value), " " + FlagText.PercentZh(proxyChange.Value));
            parts.Add($"{proxy} fell{by} ({FlagText.Number(p0)} to {FlagText.Number(p1)})");
            partsZh.Add($"{proxy} 下降{byZh}（{FlagText.Number(p0)} 至 {FlagText.Number(p1)}）");
        }

        return new PlausibilityFlag(PlausibilityRule.OutputAgainstProxies, kind, code, output, f.Period,
            $"{output} of {code} {rose} from {from} ({FlagText.Number(previous)}) to {to} ({FlagText.Number(current)}) while {string.Join(" and ", parts)}",
            $"{code} 的 {output} 从 {from}（{FlagText.Number(previous)}）到 {to}（{FlagText.Number(current)}）{roseZh}，而 {string.Join("、", partsZh)}",
            numbers);
    }
}
