using System.Globalization;
using ClusterScope.Data.Registry;

namespace ClusterScope.Web.Features.Api;

/// <summary>Parses query parameters and collects one plain error per bad parameter, for an RFC 7807 answer.</summary>
internal sealed class QueryParameters
{
    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

    public bool HasErrors => Errors.Count > 0;

    public int? Int(string name, string? text, int min = int.MinValue, int max = int.MaxValue)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            Errors[name] = [$"{name} must be a whole number between {min} and {max}; got '{text}'."];
            return null;
        }

        return value;
    }

    /// <summary>A year, or null for "latest" (and when absent).</summary>
    public int? YearOrLatest(string name, string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Equals("latest", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value is < 1949 or > 2100)
        {
            Errors[name] = [$"{name} must be a year between 1949 and 2100, or 'latest'; got '{text}'."];
            return null;
        }

        return value;
    }

    public double? Double(string name, string? text, double min, double max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !(value >= min && value <= max))
        {
            Errors[name] = [$"{name} must be a number between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)}; got '{text}'."];
            return null;
        }

        return value;
    }

    public bool? Bool(string name, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!bool.TryParse(text, out var value))
        {
            Errors[name] = [$"{name} must be true or false; got '{text}'."];
            return null;
        }

        return value;
    }

    public TEnum? Enum<TEnum>(string name, string? text)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text, out _) || !System.Enum.TryParse<TEnum>(text, ignoreCase: true, out var value))
        {
            Errors[name] = [$"{name} '{text}' is not one of: {string.Join(", ", System.Enum.GetNames<TEnum>())}."];
            return null;
        }

        return value;
    }

    public PageRequest Page(string? page, string? pageSize, string? sort, string? desc, IReadOnlyCollection<string> sortable)
    {
        var request = new PageRequest(Int("page", page, 1) ?? 1, Int("pageSize", pageSize, 1, PageRequest.MaxPageSize) ?? 25,
            string.IsNullOrWhiteSpace(sort) ? null : sort, Bool("desc", desc) ?? false);
        foreach (var (key, value) in request.Validate(sortable))
        {
            Errors.TryAdd(key, value);
        }

        return request;
    }

    public IResult Problem() => TypedResults.ValidationProblem(Errors, title: "Bad query parameters",
        detail: string.Join(" ", Errors.Values.SelectMany(v => v)));
}
