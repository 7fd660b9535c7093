using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace ClusterScope.Data.Registry;

/// <summary>How the default year of a page is chosen: <c>Periods:MinimumCoverage</c>, the share (0-1, default 0.9) of the entities
/// expected to report that must have a figure for a year to count as complete.</summary>
/// <param name="MinimumCoverage">Share of expected entities, above 0 and at most 1.</param>
public sealed record PeriodSettings(double MinimumCoverage = PeriodSettings.DefaultMinimumCoverage)
{
    /// <summary>90 %: a year in which one in ten entities has not reported yet is still shown by default.</summary>
    public const double DefaultMinimumCoverage = 0.9;

    /// <summary>Reads <c>Periods:MinimumCoverage</c>.</summary>
    /// <exception cref="InvalidOperationException">The setting is not a number in (0, 1].</exception>
    public static PeriodSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var text = configuration["Periods:MinimumCoverage"];
        if (string.IsNullOrWhiteSpace(text))
        {
            return new PeriodSettings();
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var share) && share is > 0 and <= 1
            ? new PeriodSettings(share)
            : throw new InvalidOperationException($"Periods:MinimumCoverage must be a share above 0 and at most 1 (e.g. 0.9); got '{text}'.");
    }
}
