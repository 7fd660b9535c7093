using ClusterScope.Domain.Leads;

namespace ClusterScope.Data.Leads;

/// <summary>The verified wins of a zone in a year.</summary>
/// <param name="ZoneCode">The zone.</param>
/// <param name="Year">The signing year.</param>
/// <param name="Wins">How many verified wins.</param>
/// <param name="Investment">Their expected investment, 100 million CNY.</param>
/// <param name="Jobs">Their expected jobs.</param>
public sealed record VerifiedTotal(string ZoneCode, int Year, int Wins, double Investment, int Jobs)
{
    /// <summary>The totals over the leads that count as wins, by zone and signing year.</summary>
    public static IReadOnlyList<VerifiedTotal> Of(IEnumerable<Lead> leads) =>
        leads.Where(l => l.CountsAsWin && l.WinYear is not null)
            .GroupBy(l => (l.ZoneCode, Year: l.WinYear!.Value))
            .Select(g => new VerifiedTotal(g.Key.ZoneCode, g.Key.Year, g.Count(), g.Sum(l => l.ExpectedInvestment ?? 0), g.Sum(l => l.ExpectedJobs ?? 0)))
            .OrderBy(t => t.ZoneCode, StringComparer.Ordinal).ThenBy(t => t.Year).ToList();
}
