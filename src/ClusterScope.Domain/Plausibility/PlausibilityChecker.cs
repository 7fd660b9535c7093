namespace ClusterScope.Domain.Plausibility;

/// <summary>Checks reported figures for implausible jumps, proxies, digits, repeats and sums; flags, never rejects.</summary>
/// <remarks>The rules, their defaults and how to read their numbers are in docs/user/plausibility.md.</remarks>
public static class PlausibilityChecker
{
    /// <summary>The flags raised by the submitted figures.</summary>
    /// <param name="submitted">The figures under review.</param>
    /// <param name="history">Figures already accepted (approved) for the same entities, their parts and wholes, earlier
    /// periods included.</param>
    /// <param name="parents">The whole each entity belongs to (cluster -> its zone; enterprise -> its cluster).</param>
    /// <param name="settings">The thresholds; <see cref="PlausibilitySettings.Default"/> unless configured.</param>
    /// <returns>Flags about the submitted figures only, by rule, entity, indicator and period. A rule compares submitted
    /// figures with each other and with history; a submitted value replaces the history value of the same entity,
    /// indicator and period. Figures with an invalid period or a non-finite value are left out.</returns>
    /// <exception cref="ArgumentException">The settings make no sense (see <see cref="PlausibilitySettings.Validate"/>).</exception>
    public static IReadOnlyList<PlausibilityFlag> Check(IReadOnlyList<ReportedFigure> submitted,
        IReadOnlyList<ReportedFigure> history, IReadOnlyDictionary<EntityRef, EntityRef> parents, PlausibilitySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        var book = new FigureBook(submitted, history, parents);
        return YearOnYearCheck.Check(book, settings)
            .Concat(ProxyCheck.Check(book, settings))
            .Concat(BenfordCheck.Check(book, settings))
            .Concat(IdenticalRunCheck.Check(book, settings))
            .Concat(PartsOfWholeCheck.Check(book, settings))
            .OrderBy(f => f.Rule).ThenBy(f => f.Kind)
            .ThenBy(f => f.EntityCode, StringComparer.Ordinal)
            .ThenBy(f => f.IndicatorCode, StringComparer.Ordinal)
            .ThenBy(f => f.Period, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The Benford first-digit statistics of every zone with submitted positive figures, conclusive or not, so
    /// that a reviewer sees n, chi-square, p and MAD even where the sample is too small for a verdict.</summary>
    /// <param name="submitted">The figures under review.</param>
    /// <param name="parents">The whole each entity belongs to, to find each figure's zone.</param>
    /// <param name="settings">The minimum sample and MAD bound.</param>
    /// <exception cref="ArgumentException">The settings make no sense.</exception>
    public static IReadOnlyList<ZoneBenfordTest> BenfordByZone(IReadOnlyList<ReportedFigure> submitted,
        IReadOnlyDictionary<EntityRef, EntityRef> parents, PlausibilitySettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        return BenfordCheck.Test(new FigureBook(submitted, [], parents), settings);
    }
}
