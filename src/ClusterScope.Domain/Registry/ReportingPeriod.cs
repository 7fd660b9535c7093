using System.Text.RegularExpressions;

namespace ClusterScope.Domain.Registry;

/// <summary>The period an observation refers to: a year (<c>2017</c>), a quarter (<c>2023-Q1</c>) or a month (<c>2023-07</c>).</summary>
/// <remarks>Kept as text so that it sorts chronologically within each granularity and reads the same in files and URLs.</remarks>
public static partial class ReportingPeriod
{
    /// <summary>Whether <paramref name="text"/> is a valid period between 1949 and 2100.</summary>
    public static bool IsValid(string? text)
    {
        if (text is null)
        {
            return false;
        }

        var match = Pattern().Match(text);
        return match.Success && int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) is >= 1949 and <= 2100
            && (!match.Groups["month"].Success || int.Parse(match.Groups["month"].Value, System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 12);
    }

    /// <summary>The year of a valid period.</summary>
    /// <exception cref="FormatException">Not a valid period.</exception>
    public static int Year(string text) =>
        IsValid(text) ? int.Parse(text.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture)
            : throw new FormatException($"'{text}' is not a period: use a year (2017), a quarter (2023-Q1) or a month (2023-07).");

    [GeneratedRegex(@"^(?<year>\d{4})(-Q[1-4]|-(?<month>\d{2}))?$")]
    private static partial Regex Pattern();
}
