namespace ClusterScope.Domain.Targets;

/// <summary>How a series is extended to a target's deadline; see <see cref="TrendForecast"/>.</summary>
public enum ForecastMethod
{
    /// <summary>Ordinary least squares of the value on the year: a constant yearly change.</summary>
    LinearTrend,

    /// <summary>Ordinary least squares of the logarithm of the value on the year: a constant yearly growth rate.</summary>
    CompoundGrowth,
}
