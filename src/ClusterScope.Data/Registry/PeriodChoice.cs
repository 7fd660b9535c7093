using ClusterScope.Domain.Registry;

namespace ClusterScope.Data.Registry;

/// <summary>The years of one indicator with their coverage, the default year by the coverage rule and the year shown.</summary>
/// <param name="Kind">The kind of entity that reports the indicator.</param>
/// <param name="Indicator">The indicator's code.</param>
/// <param name="MinimumCoverage">The share of expected entities a year must reach to be complete (<c>Periods:MinimumCoverage</c>).</param>
/// <param name="Periods">Every year with at least one figure, newest first.</param>
/// <param name="Default">The latest complete year; without one, the best-covered year (the latest of equals); null without data.</param>
/// <param name="Selected">The year shown: the one asked for, else <paramref name="Default"/>.</param>
public sealed record PeriodChoice(EntityKind Kind, string Indicator, double MinimumCoverage, IReadOnlyList<PeriodCoverage> Periods, int? Default, int? Selected)
{
    /// <summary>The coverage of the year shown; for a year without figures, 0 reported.</summary>
    public PeriodCoverage? SelectedCoverage => Selected is not int year ? null
        : Periods.FirstOrDefault(p => p.Year == year) ?? new PeriodCoverage(year, 0, (Periods.Count == 0 ? 0 : Periods[0].Expected), 0, false);

    /// <summary>Years newer than the one shown that are not complete: the reason "latest" is not the newest year reported.</summary>
    public IReadOnlyList<PeriodCoverage> NewerIncomplete => Periods.Where(p => p.Year > (Selected ?? int.MaxValue) && !p.IsComplete).ToList();

    /// <summary>Whether the year shown was picked by the coverage rule rather than asked for.</summary>
    public bool IsDefault => Selected == Default;
}
