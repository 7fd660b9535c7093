namespace ClusterScope.Domain.Targets;

/// <summary>A series extended to a year, with its prediction interval.</summary>
/// <param name="Method">The method used.</param>
/// <param name="Year">The year forecast (a target's deadline).</param>
/// <param name="Value">The point forecast.</param>
/// <param name="Lower">Lower bound of the prediction interval; null with fewer than three points (no residual variance).</param>
/// <param name="Upper">Upper bound of the prediction interval; null with fewer than three points.</param>
/// <param name="Level">Coverage of the interval (0.95).</param>
/// <param name="Points">How many observed years the fit used.</param>
/// <param name="Rate">Slope per year (linear trend, in the value's unit) or yearly growth rate (compound growth, 0.05 = 5 %).</param>
public sealed record Forecast(ForecastMethod Method, int Year, double Value, double? Lower, double? Upper, double Level, int Points, double Rate);
