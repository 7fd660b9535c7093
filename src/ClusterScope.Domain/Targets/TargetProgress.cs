namespace ClusterScope.Domain.Targets;

/// <summary>Where one target stands in one period.</summary>
/// <param name="Target">The target.</param>
/// <param name="Period">The year evaluated.</param>
/// <param name="Current">The observed value in that year; null when there is no data.</param>
/// <param name="Gap">Target minus current (positive: still to gain; negative: above the target); null without data.</param>
/// <param name="PercentAchieved">Attainment of the target in percent (see <see cref="StatusRule.Attainment"/>); null without data.</param>
/// <param name="Status">The status by the rule used.</param>
/// <param name="Series">The observed yearly series up to the period (empty for undated kinds: coverage, status counts).</param>
/// <param name="Forecasts">Forecasts to the deadline by each method, when the period is before it and the series allows.</param>
/// <param name="IsSample">Whether the current value rests on generated sample figures.</param>
/// <param name="Note">Why there is no data, or how an undated figure was read; null when nothing needs saying.</param>
public sealed record TargetProgress(Target Target, int Period, double? Current, double? Gap, double? PercentAchieved, TargetStatus Status,
    IReadOnlyList<YearValue> Series, IReadOnlyList<Forecast> Forecasts, bool IsSample, string? Note);
