using System.Globalization;
using ClusterScope.Domain.Registry;

namespace ClusterScope.Domain.Plausibility;

/// <summary>A reporting period taken apart so that the checks can step to the neighbouring and year-earlier periods.</summary>
/// <param name="Year">The year.</param>
/// <param name="PerYear">1 for a year, 4 for a quarter, 12 for a month.</param>
/// <param name="Index">The quarter (1-4) or month (1-12); 1 for a year.</param>
internal readonly record struct PeriodStep(int Year, int PerYear, int Index)
{
    /// <summary>Reads a valid period (<see cref="ReportingPeriod"/>); null otherwise.</summary>
    public static PeriodStep? TryParse(string period)
    {
        if (!ReportingPeriod.IsValid(period))
        {
            return null;
        }

        var year = ReportingPeriod.Year(period);
        return period.Length switch
        {
            4 => new PeriodStep(year, 1, 1),
            _ when period[5] == 'Q' => new PeriodStep(year, 4, period[6] - '0'),
            _ => new PeriodStep(year, 12, int.Parse(period.AsSpan(5, 2), CultureInfo.InvariantCulture)),
        };
    }

    /// <summary>The same year, quarter or month one year earlier.</summary>
    public PeriodStep YearBefore => this with { Year = Year - 1 };

    /// <summary>The same year, quarter or month one year later.</summary>
    public PeriodStep YearAfter => this with { Year = Year + 1 };

    /// <summary>The period just before, of the same granularity (2024-Q1 follows 2023-Q4).</summary>
    public PeriodStep Previous => Index > 1 ? this with { Index = Index - 1 } : new PeriodStep(Year - 1, PerYear, PerYear);

    /// <summary>The period just after, of the same granularity.</summary>
    public PeriodStep Next => Index < PerYear ? this with { Index = Index + 1 } : new PeriodStep(Year + 1, PerYear, 1);

    /// <summary>The period as written: <c>2017</c>, <c>2023-Q1</c>, <c>2023-07</c>.</summary>
    public override string ToString() => PerYear switch
    {
        1 => Year.ToString(CultureInfo.InvariantCulture),
        4 => string.Create(CultureInfo.InvariantCulture, $"{Year}-Q{Index}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year}-{Index:00}"),
    };
}
