using ClusterScope.Domain.Registry;

namespace ClusterScope.Domain.Plausibility;

/// <summary>Flags a value repeated exactly in consecutive periods: a copied figure rather than a new measurement.</summary>
internal static class IdenticalRunCheck
{
    public static IEnumerable<PlausibilityFlag> Check(FigureBook book, PlausibilitySettings settings)
    {
        var seen = new HashSet<(EntityKind, string, string, string)>();
        // Latest first, so a run that holds several submitted figures is reported once, on its latest.
        foreach (var f in book.Submitted.OrderByDescending(f => f.Period, StringComparer.Ordinal))
        {
            if (PeriodStep.TryParse(f.Period) is not { } period)
            {
                continue;
            }

            var (first, last) = (period, period);
            var length = 1;
            while (book.Value(f.Kind, f.EntityCode, f.IndicatorCode, first.Previous.ToString()) == f.Value)
            {
                (first, length) = (first.Previous, length + 1);
            }

            while (book.Value(f.Kind, f.EntityCode, f.IndicatorCode, last.Next.ToString()) == f.Value)
            {
                (last, length) = (last.Next, length + 1);
            }

            if (length < settings.IdenticalRun || !seen.Add((f.Kind, f.EntityCode, f.IndicatorCode, first.ToString())))
            {
                continue;
            }

            var (ind, code, v) = (f.IndicatorCode, f.EntityCode, FlagText.Number(f.Value));
            yield return new PlausibilityFlag(PlausibilityRule.IdenticalAcrossPeriods, f.Kind, code, ind, f.Period,
                $"{ind} of {code} is {v} in each of {length} consecutive periods ({first} to {last})",
                $"{code} 的 {ind} 在连续 {length} 个期间（{first} 至 {last}）均为 {v}",
                new Dictionary<string, double> { ["value"] = f.Value, ["run"] = length, ["minimum_run"] = settings.IdenticalRun });
        }
    }
}
