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
/// <param name="ForecastNote">Why there is no forecast (the deadline has passed, or fewer than three years before it); null with one.</param>
/// <param name="NoteZh"><paramref name="Note"/> in Chinese.</param>
public sealed record TargetProgress(Target Target, int Period, double? Current, double? Gap, double? PercentAchieved, TargetStatus Status,
    IReadOnlyList<YearValue> Series, IReadOnlyList<Forecast> Forecasts, bool IsSample, string? Note, string? ForecastNote = null, string? NoteZh = null)
{
    /// <summary>How far the value is beyond the target in the target's direction (an at-least target exceeded, an at-most target
    /// undercut); null when it is not.</summary>
    public double? Surplus => Current is not { } current ? null : Target.Comparator switch
    {
        Comparator.AtLeast when current > Target.Value => current - Target.Value,
        Comparator.AtMost when current < Target.Value => Target.Value - current,
        _ => null,
    };

    /// <summary>How far the value falls short of the target in the target's direction; null when it meets or exceeds it.</summary>
    public double? Shortfall => Current is not { } current ? null : Target.Comparator switch
    {
        Comparator.AtLeast when current < Target.Value => Target.Value - current,
        Comparator.AtMost when current > Target.Value => current - Target.Value,
        Comparator.Exactly when current != Target.Value => Math.Abs(Target.Value - current),
        _ => null,
    };
}
