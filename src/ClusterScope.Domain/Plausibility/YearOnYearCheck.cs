namespace ClusterScope.Domain.Plausibility;

/// <summary>Flags a figure that moved beyond the band from the same period of the previous year, in either direction.</summary>
internal static class YearOnYearCheck
{
    // Decimal figures such as 123.4 -> 185.1 land a hair off the band in binary; a change that close counts as on it.
    private const double OnTheBand = 1e-9;

    public static IEnumerable<PlausibilityFlag> Check(FigureBook book, PlausibilitySettings settings)
    {
        foreach (var f in book.Submitted)
        {
            if (PeriodStep.TryParse(f.Period) is not { } period)
            {
                continue;
            }

            var band = settings.BandOf(f.IndicatorCode);
            var before = period.YearBefore.ToString();
            if (book.Value(f.Kind, f.EntityCode, f.IndicatorCode, before) is { } previous
                && Flag(f, before, previous, f.Period, f.Value, band) is { } backward)
            {
                yield return backward;
            }

            // A revised earlier figure can also break the step to an accepted later one.
            var after = period.YearAfter.ToString();
            if (!book.IsSubmitted(f.Kind, f.EntityCode, f.IndicatorCode, after)
                && book.Value(f.Kind, f.EntityCode, f.IndicatorCode, after) is { } next
                && Flag(f, f.Period, f.Value, after, next, band) is { } forward)
            {
                yield return forward;
            }
        }
    }

    private static PlausibilityFlag? Flag(ReportedFigure f, string fromPeriod, double from, string toPeriod, double to, double band)
    {
        var (ind, code) = (f.IndicatorCode, f.EntityCode);
        var change = FlagText.Change(from, to);
        if (change is null)
        {
            if (to == 0)
            {
                return null;
            }

            return new PlausibilityFlag(PlausibilityRule.YearOnYearJump, f.Kind, code, ind, f.Period,
                $"{ind} of {code} went from 0 in {fromPeriod} to {FlagText.Number(to)} in {toPeriod}; a change from zero has no percentage and is beyond any band",
                $"{code} 的 {ind} 从 {fromPeriod} 的 0 变为 {toPeriod} 的 {FlagText.Number(to)}；从零起的变化无法用百分比衡量，超出任何范围",
                new Dictionary<string, double> { ["previous"] = from, ["current"] = to, ["band"] = band });
        }

        if (!(Math.Abs(change.Value) > band + OnTheBand))
        {
            return null;
        }

        var (verb, verbZh) = change > 0 ? ("rose", "上升") : ("fell", "下降");
        return new PlausibilityFlag(PlausibilityRule.YearOnYearJump, f.Kind, code, ind, f.Period,
            $"{ind} of {code} {verb} {FlagText.Percent(change.Value)} from {fromPeriod} ({FlagText.Number(from)}) to {toPeriod} ({FlagText.Number(to)}), beyond the {FlagText.Band(band)} band",
            $"{code} 的 {ind} 从 {fromPeriod}（{FlagText.Number(from)}）到 {toPeriod}（{FlagText.Number(to)}）{verbZh} {FlagText.PercentZh(change.Value)}，超出 {FlagText.BandZh(band)} 的范围",
            new Dictionary<string, double> { ["previous"] = from, ["current"] = to, ["change"] = change.Value, ["band"] = band });
    }
}
