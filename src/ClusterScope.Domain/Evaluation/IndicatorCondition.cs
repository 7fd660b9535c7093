using System.Globalization;

namespace ClusterScope.Domain.Evaluation;

/// <summary>A bound on one raw indicator value: at least <see cref="Min"/> and/or at most <see cref="Max"/> (inclusive).</summary>
/// <param name="Indicator">The indicator code.</param>
/// <param name="Min">Inclusive lower bound, if any.</param>
/// <param name="Max">Inclusive upper bound, if any.</param>
public sealed record IndicatorCondition(string Indicator, double? Min = null, double? Max = null)
{
    /// <summary>Whether <paramref name="value"/> meets the bounds; a missing value (NaN) never does.</summary>
    /// <remarks>Conditions are checked on reported values: an imputed value must not admit a unit to a ranking.</remarks>
    public bool IsMetBy(double value) => !double.IsNaN(value) && !(value < Min) && !(value > Max);

    /// <summary>The condition as text, e.g. <c>rd_intensity &gt;= 1.5</c>.</summary>
    public override string ToString() => (Min, Max) switch
    {
        ({ } low, { } high) => string.Create(CultureInfo.InvariantCulture, $"{low} <= {Indicator} <= {high}"),
        ({ } low, null) => string.Create(CultureInfo.InvariantCulture, $"{Indicator} >= {low}"),
        (null, { } high) => string.Create(CultureInfo.InvariantCulture, $"{Indicator} <= {high}"),
        _ => $"{Indicator} reported",
    };
}
