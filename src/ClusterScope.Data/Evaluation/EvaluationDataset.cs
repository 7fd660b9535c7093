using ClusterScope.Analytics;
using ClusterScope.Analytics.Composite;

namespace ClusterScope.Data.Evaluation;

/// <summary>Indicator values of units, possibly over several periods, as read from a <c>unit,indicator,value[,period]</c> file.</summary>
/// <param name="Units">Unit codes in order of first appearance.</param>
/// <param name="Indicators">Indicator codes in order of first appearance.</param>
/// <param name="Periods">Periods in ascending (ordinal) order; empty when the file has no period column.</param>
/// <param name="Values">Value per (unit, indicator, period); the period is <see langword="null"/> without a period column.
/// NaN marks a value given as empty or <c>NA</c>.</param>
/// <param name="Sample">The (unit, indicator, period) values that are generated sample figures; <see langword="null"/> when
/// the data do not say (no <c>provenance</c> column).</param>
public sealed record EvaluationDataset(IReadOnlyList<string> Units, IReadOnlyList<string> Indicators, IReadOnlyList<string> Periods,
    IReadOnlyDictionary<(string Unit, string Indicator, string? Period), double> Values,
    IReadOnlySet<(string Unit, string Indicator, string? Period)>? Sample = null)
{
    /// <summary>Whether the value of a unit and indicator in <paramref name="period"/> (as <see cref="For"/> chooses it) is
    /// sample, or <see langword="null"/> when the data carry no provenance.</summary>
    public Func<string, string, bool>? SampleIn(string? period)
    {
        if (Sample is not { } sample)
        {
            return null;
        }

        var chosen = Periods.Count == 0 ? null : period ?? Periods[^1];
        return (unit, indicator) => sample.Contains((unit, indicator, chosen));
    }

    /// <summary>The data of one period as the engine takes it, with the previous period (for carry-forward imputation)
    /// and the units' groups.</summary>
    /// <param name="period">The period; <see langword="null"/> for the latest (or the only data without periods).</param>
    /// <param name="groups">Group per unit, if given; every unit of the period must have one.</param>
    /// <exception cref="ArgumentException">The period is not in the data, it has no units, or a unit has no group.</exception>
    public CompositeData For(string? period, IReadOnlyDictionary<string, string>? groups)
    {
        if (Periods.Count == 0 && period is not null)
        {
            throw new ArgumentException($"The data have no period column, so --period {period} cannot be chosen.", nameof(period));
        }

        if (Periods.Count > 0 && period is not null && !Periods.Contains(period))
        {
            throw new ArgumentException($"Period '{period}' is not in the data (has {string.Join(", ", Periods)}).", nameof(period));
        }

        var chosen = Periods.Count == 0 ? null : period ?? Periods[^1];
        var previous = chosen is null ? null : Periods.TakeWhile(p => p != chosen).LastOrDefault();
        var units = Units.Where(u => Indicators.Any(i => Values.ContainsKey((u, i, chosen)))).ToArray();
        if (units.Length == 0)
        {
            throw new ArgumentException($"No unit has data for period '{chosen}'.", nameof(period));
        }

        string[]? unitGroups = null;
        if (groups is not null)
        {
            var missing = units.FirstOrDefault(u => !groups.ContainsKey(u));
            unitGroups = missing is null ? units.Select(u => groups[u]).ToArray()
                : throw new ArgumentException($"The groups file has no group for unit '{missing}'.", nameof(groups));
        }

        return new CompositeData(Matrix(units, chosen), unitGroups, previous is null ? null : Matrix(units, previous));
    }

    private IndicatorMatrix Matrix(string[] units, string? period)
    {
        var values = new Matrix(units.Length, Indicators.Count);
        for (var r = 0; r < units.Length; r++)
        {
            for (var c = 0; c < Indicators.Count; c++)
            {
                values[r, c] = Values.GetValueOrDefault((units[r], Indicators[c], period), double.NaN);
            }
        }

        return new IndicatorMatrix(units, Indicators, values);
    }
}
