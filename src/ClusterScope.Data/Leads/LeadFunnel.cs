using ClusterScope.Domain.Leads;

namespace ClusterScope.Data.Leads;

/// <summary>One stage of the funnel.</summary>
/// <param name="Stage">The stage.</param>
/// <param name="Reached">Leads that reached it at some time.</param>
/// <param name="Now">Leads at it now.</param>
/// <param name="WentOn">Leads that reached a later pipeline stage.</param>
/// <param name="Conversion">WentOn / Reached; null when none reached it.</param>
/// <param name="MedianDays">Median days in the stage, over the stays that ended (and the current stays, counted to today).</param>
public sealed record FunnelStage(LeadStage Stage, int Reached, int Now, int WentOn, double? Conversion, double? MedianDays);

/// <summary>Builds the funnel from the leads' histories.</summary>
public static class LeadFunnel
{
    /// <summary>The funnel over <paramref name="leads"/> (with their histories), one row per pipeline stage then one for lost.</summary>
    /// <remarks>A lead that skipped a stage did not reach it; a lead that went back counts once per stage. Stays are measured
    /// from the date a stage was reached to the date the next move was made; a current stay runs to <paramref name="today"/>.</remarks>
    public static IReadOnlyList<FunnelStage> Of(IReadOnlyList<Lead> leads, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(leads);
        var rows = new List<FunnelStage>();
        foreach (var stage in LeadStages.Pipeline.Append(LeadStage.Lost))
        {
            var reached = leads.Where(l => l.History.Any(h => h.To == stage)).ToList();
            var wentOn = reached.Count(l => l.History.Any(h => h.To > stage && h.To != LeadStage.Lost && h.From is not null));
            var stays = leads.SelectMany(l => Stays(l, stage, today)).Order().ToList();
            rows.Add(new FunnelStage(stage, reached.Count, leads.Count(l => l.Stage == stage), stage == LeadStage.Lost ? 0 : wentOn,
                reached.Count == 0 || stage == LeadStage.Lost ? null : (double)wentOn / reached.Count, Median(stays)));
        }

        return rows;
    }

    private static IEnumerable<double> Stays(Lead lead, LeadStage stage, DateOnly today)
    {
        var history = lead.History.OrderBy(h => h.AtUtc).ThenBy(h => h.Id).ToList();
        for (var i = 0; i < history.Count; i++)
        {
            if (history[i].To == stage)
            {
                var end = i + 1 < history.Count ? history[i + 1].On : today;
                yield return end.DayNumber - history[i].On.DayNumber;
            }
        }
    }

    private static double? Median(List<double> sorted) => sorted.Count == 0 ? null
        : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
