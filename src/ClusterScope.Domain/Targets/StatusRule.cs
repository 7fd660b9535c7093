namespace ClusterScope.Domain.Targets;

/// <summary>The configurable rule that turns a target's current value and forecast into a <see cref="TargetStatus"/>.</summary>
/// <remarks>In order: no current value → <see cref="TargetStatus.NoData"/>; the current value meets the target →
/// <see cref="TargetStatus.Achieved"/>; the period is at or after the deadline → <see cref="TargetStatus.NotAchieved"/>;
/// otherwise the forecast to the deadline by <paramref name="Method"/> (or, without a forecast, the current value) is scored by its attainment (forecast / target for at-least, target / forecast for at-most, 1 − |forecast − target| /
/// |target| for exactly): meeting the target → <see cref="TargetStatus.OnTrack"/>; an attainment of at least
/// <paramref name="AtRiskFraction"/> → <see cref="TargetStatus.AtRisk"/>; less → <see cref="TargetStatus.OffTrack"/>.</remarks>
/// <param name="Method">The forecast method the status is decided on.</param>
/// <param name="AtRiskFraction">The attainment from which a shortfall is "at risk" rather than "off track" (default 0.9).</param>
/// <param name="ExactTolerance">Relative tolerance of <see cref="Comparator.Exactly"/> (default 0: equal).</param>
public sealed record StatusRule(ForecastMethod Method = ForecastMethod.LinearTrend, double AtRiskFraction = 0.9, double ExactTolerance = 0)
{
    /// <summary>Linear trend, at risk from 90 % attainment, exact means equal.</summary>
    public static StatusRule Default { get; } = new();

    /// <summary>Whether <paramref name="value"/> meets <paramref name="target"/> under <paramref name="comparator"/>.</summary>
    public bool Meets(double value, double target, Comparator comparator) => comparator switch
    {
        Comparator.AtLeast => value >= target,
        Comparator.AtMost => value <= target,
        _ => Math.Abs(value - target) <= ExactTolerance * Math.Abs(target),
    };

    /// <summary>How much of the target <paramref name="value"/> attains: 1 is exactly the target; see the remarks of the type.</summary>
    /// <remarks>A zero target is attained fully when met and not at all otherwise; an at-most target with a zero value is attained fully.</remarks>
    public double Attainment(double value, double target, Comparator comparator)
    {
        if (target == 0)
        {
            return Meets(value, target, comparator) ? 1 : 0;
        }

        return comparator switch
        {
            Comparator.AtLeast => value / target,
            Comparator.AtMost => value <= 0 ? 1 : target / value,
            _ => 1 - (Math.Abs(value - target) / Math.Abs(target)),
        };
    }
}
