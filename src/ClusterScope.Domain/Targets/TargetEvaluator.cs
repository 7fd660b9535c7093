using ClusterScope.Domain.Registry;

namespace ClusterScope.Domain.Targets;

/// <summary>Evaluates targets against observed data: the value in a year, the entities behind it, the series, the forecast
/// to the deadline and the status.</summary>
/// <remarks>Count, sum and share read yearly cluster observations of <see cref="Target.Indicator"/>: a cluster without an
/// observation in the year does not count, and a year in which no cluster is observed has no data. Tiers come from
/// <see cref="OutputTiers.Of"/>. Coverage and status counts read the registry as it is now (incubators and statuses carry no
/// dates), so they give the same value for every year and no series. Programme figures read the observation of their
/// indicator for the reference region; without one there is no data, and nothing is estimated.</remarks>
public static class TargetEvaluator
{
    /// <summary>The value of <paramref name="target"/> in <paramref name="year"/>; null when the data hold nothing to compute it from.</summary>
    public static (double Value, bool IsSample)? ValueIn(Target target, ObservedData data, int year)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(data);
        var condition = target.ParsedCondition();
        switch (target.Kind)
        {
            case TargetKind.Count:
            case TargetKind.Sum:
                var observed = ClusterValues(target, data, year);
                if (observed.Count == 0)
                {
                    return null;
                }

                var matching = Matching(observed, condition);
                return (target.Kind == TargetKind.Count ? matching.Count : matching.Sum(m => m.Value.Value), observed.Any(o => o.Value.IsSample));
            case TargetKind.Share:
                var numerator = ClusterValues(target, data, year);
                var denominator = data.Find(EntityKind.Region, target.ReferenceEntity!, target.ReferenceIndicator!, year);
                if (numerator.Count == 0 || denominator is null || denominator.Value == 0)
                {
                    return null;
                }

                var sum = Matching(numerator, condition).Sum(m => m.Value.Value);
                return (100 * sum / denominator.Value, denominator.IsSample || numerator.Any(o => o.Value.IsSample));
            case TargetKind.Coverage:
                return data.Zones.Count == 0 ? null
                    : (100.0 * data.Zones.Count(z => z.Incubators > 0) / data.Zones.Count, data.Zones.Any(z => z.SampleIncubators > 0));
            case TargetKind.StatusCount:
                return data.Zones.All(z => z.EcoIndustrialStatus == EcoIndustrialStatus.None)
                    ? null
                    : (data.Zones.Count(z => condition.MatchesZone(z.EcoIndustrialStatus)), false);
            case TargetKind.VerifiedWins:
                var wins = CountedWins(target, data, year);
                return (wins.Sum(w => WinValue(target, w)), false);
            default:
                var figure = data.Find(EntityKind.Region, target.ReferenceEntity!, target.Indicator!, year);
                return figure is null ? null : (figure.Value, figure.IsSample);
        }
    }

    /// <summary>The entities behind the value in <paramref name="year"/>: the clusters counted or summed, the zones covered or
    /// counted, or the region read; largest value first.</summary>
    public static IReadOnlyList<CountedEntity> Entities(Target target, ObservedData data, int year)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(data);
        var condition = target.ParsedCondition();
        return target.Kind switch
        {
            TargetKind.Count or TargetKind.Sum or TargetKind.Share => Matching(ClusterValues(target, data, year), condition)
                .OrderByDescending(m => m.Value.Value)
                .Select(m => new CountedEntity(m.Cluster.Code, m.Cluster.NameEn, m.Cluster.NameZh, m.Value.Value, m.Value.IsSample)).ToList(),
            TargetKind.Coverage => data.Zones.Where(z => z.Incubators > 0).OrderByDescending(z => z.Incubators).ThenBy(z => z.Code, StringComparer.Ordinal)
                .Select(z => new CountedEntity(z.Code, z.NameEn, z.NameZh, z.Incubators, z.SampleIncubators > 0)).ToList(),
            TargetKind.StatusCount => data.Zones.Where(z => z.EcoIndustrialStatus != EcoIndustrialStatus.None && condition.MatchesZone(z.EcoIndustrialStatus))
                .OrderBy(z => z.Code, StringComparer.Ordinal).Select(z => new CountedEntity(z.Code, z.NameEn, z.NameZh, null, false)).ToList(),
            TargetKind.VerifiedWins => CountedWins(target, data, year).GroupBy(w => w.ZoneCode, StringComparer.Ordinal)
                .Select(g => new CountedEntity(g.Key, g.First().ZoneNameEn, g.First().ZoneNameZh, g.Sum(w => WinValue(target, w)), false))
                .OrderByDescending(e => e.Value).ThenBy(e => e.Code, StringComparer.Ordinal).ToList(),
            _ => data.Find(EntityKind.Region, target.ReferenceEntity!, target.Indicator!, year) is { } figure
                ? [new CountedEntity(figure.EntityCode, figure.EntityCode, figure.EntityCode, figure.Value, figure.IsSample)]
                : [],
        };
    }

    /// <summary>The yearly series of the target's value up to <paramref name="lastYear"/>; empty for undated kinds.</summary>
    public static IReadOnlyList<YearValue> Series(Target target, ObservedData data, int lastYear)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(data);
        if (target.Kind is TargetKind.Coverage or TargetKind.StatusCount)
        {
            return [];
        }

        var years = target.Kind switch
        {
            TargetKind.ProgrammeFigure => data.Years(EntityKind.Region, target.Indicator!),
            TargetKind.VerifiedWins => CountedWins(target, data, lastYear).Select(w => w.Year).Distinct().Order().ToList(),
            _ => data.Years(EntityKind.Cluster, target.Indicator!),
        };
        return years.Where(y => y <= lastYear)
            .Select(y => ValueIn(target, data, y) is { } v ? new YearValue(y, v.Value) : null)
            .OfType<YearValue>().ToList();
    }

    /// <summary>The progress of <paramref name="target"/> in <paramref name="year"/> under <paramref name="rule"/>.</summary>
    public static TargetProgress Evaluate(Target target, ObservedData data, int year, StatusRule rule)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(rule);
        var series = Series(target, data, year);
        var forecastNote = ForecastNote(target, series, year);
        var forecasts = forecastNote is null
            ? new[] { ForecastMethod.LinearTrend, ForecastMethod.CompoundGrowth }.Select(m => TrendForecast.Extend(series, target.DeadlineYear, m)).OfType<Forecast>().ToList()
            : [];
        if (ValueIn(target, data, year) is not { } current)
        {
            var (en, zh) = NoDataNote(target, data, year);
            return new TargetProgress(target, year, null, null, null, TargetStatus.NoData, series, forecasts, false, en, forecastNote, zh);
        }

        var status = StatusOf(target, current.Value, year, forecasts.FirstOrDefault(f => f.Method == rule.Method), rule);
        var (note, noteZh) = target.Kind switch
        {
            TargetKind.Coverage or TargetKind.StatusCount => ("read from the registry as it is now: incubators and statuses carry no dates", "按名录现状读取：孵化器和园区称号没有日期"),
            TargetKind.VerifiedWins => ("counts only wins a province reviewer verified, by signing year, cumulated", "仅计入经省级审核人核验的项目，按签约年份累计"),
            _ => ((string?)null, (string?)null),
        };
        return new TargetProgress(target, year, current.Value, target.Value - current.Value, 100 * rule.Attainment(current.Value, target.Value, target.Comparator),
            status, series, forecasts, current.IsSample, note, forecastNote, noteZh);
    }

    /// <summary>The fewest observed years a forecast is drawn from: with two, a line fits exactly and says nothing of its error.</summary>
    public const int ForecastMinimumPoints = 3;

    /// <summary>The status by <paramref name="rule"/>; see <see cref="StatusRule"/>.</summary>
    public static TargetStatus StatusOf(Target target, double current, int year, Forecast? forecast, StatusRule rule)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.Meets(current, target.Value, target.Comparator))
        {
            return TargetStatus.Achieved;
        }

        if (year >= target.DeadlineYear)
        {
            return TargetStatus.NotAchieved;
        }

        var expected = forecast?.Value ?? current;
        if (rule.Meets(expected, target.Value, target.Comparator))
        {
            return TargetStatus.OnTrack;
        }

        return rule.Attainment(expected, target.Value, target.Comparator) >= rule.AtRiskFraction ? TargetStatus.AtRisk : TargetStatus.OffTrack;
    }

    private static string? ForecastNote(Target target, IReadOnlyList<YearValue> series, int year)
    {
        if (target.Kind is TargetKind.Coverage or TargetKind.StatusCount)
        {
            return "no forecast: the registry keeps no history of this figure";
        }

        if (year >= target.DeadlineYear)
        {
            return $"no forecast: the deadline {target.DeadlineYear} has passed, so the value at the deadline is observed";
        }

        return series.Count < ForecastMinimumPoints
            ? $"no forecast: {series.Count} observed year(s) up to {year}, a forecast needs at least {ForecastMinimumPoints}"
            : null;
    }

    private static (string En, string Zh) NoDataNote(Target target, ObservedData data, int year) => target.Kind switch
    {
        TargetKind.Share when data.Find(EntityKind.Region, target.ReferenceEntity!, target.ReferenceIndicator!, year) is null =>
            ($"no observation of {target.ReferenceIndicator} for {target.ReferenceEntity} in {year} (the denominator)",
                $"没有 {target.ReferenceEntity} 在 {year} 年的 {target.ReferenceIndicator} 观测值（分母）"),
        TargetKind.StatusCount => ("the registry records no eco-industrial status for any zone", "名录中没有任何开发区的生态工业园区称号"),
        TargetKind.Coverage => ("the registry holds no development zones", "名录中没有开发区"),
        TargetKind.ProgrammeFigure => ($"no observation of {target.Indicator} for {target.ReferenceEntity} in {year}",
            $"没有 {target.ReferenceEntity} 在 {year} 年的 {target.Indicator} 观测值"),
        _ => ($"no observation of {target.Indicator} for any cluster in {year}", $"没有任何集群在 {year} 年的 {target.Indicator} 观测值"),
    };

    private static List<(ClusterFact Cluster, ObservedValue Value)> ClusterValues(Target target, ObservedData data, int year)
    {
        var clusters = data.Clusters.ToDictionary(c => c.Code, StringComparer.Ordinal);
        return data.Of(EntityKind.Cluster, target.Indicator!, year)
            .Where(v => clusters.ContainsKey(v.EntityCode))
            .Select(v => (clusters[v.EntityCode], v)).ToList();
    }

    private static List<(ClusterFact Cluster, ObservedValue Value)> Matching(List<(ClusterFact Cluster, ObservedValue Value)> values, TargetCondition condition) =>
        values.Where(v => condition.MatchesCluster(v.Cluster.CategoryCode, v.Value.Value)).ToList();

    // Verified wins in the target's chain (all chains without one), signed after the baseline year and by the end of `year`.
    private static List<VerifiedWin> CountedWins(Target target, ObservedData data, int year)
    {
        var after = int.TryParse(target.BaselinePeriod, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var b) ? b : int.MinValue;
        return (data.Wins ?? []).Where(w => w.Year > after && w.Year <= year
            && (string.IsNullOrWhiteSpace(target.ReferenceEntity) || string.Equals(w.ChainCode, target.ReferenceEntity, StringComparison.Ordinal))).ToList();
    }

    private static double WinValue(Target target, VerifiedWin win) => target.Indicator == VerifiedWin.JobsIndicator ? win.Jobs : win.Investment;
}
