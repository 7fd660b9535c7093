using System.Globalization;
using ClusterScope.Data.Policy;
using ClusterScope.Domain.Policy;

namespace ClusterScope.Web.Features.Library;

/// <summary>The search parameters of the library page and API as they arrive (text), turned into a <see cref="PolicyQuery"/>
/// with one bilingual error per bad parameter.</summary>
public sealed record LibrarySearchForm(string? Q, string? Level, string? Type, string? Issuer, string? Topic, string? Status, string? From, string? To,
    string? Sort, string? Limit)
{
    /// <summary>The query, or the errors (parameter → English and Chinese message).</summary>
    public (PolicyQuery? Query, Dictionary<string, (string En, string Zh)> Errors) Parse(bool chinese)
    {
        var errors = new Dictionary<string, (string En, string Zh)>(StringComparer.Ordinal);
        var level = Choice<PolicyLevel>("level", Level, errors);
        var status = Choice<PolicyStatus>("status", Status, errors);
        var from = Date("from", From, errors);
        var to = Date("to", To, errors);
        var byDate = Sort?.Trim().ToLowerInvariant() switch
        {
            null or "" or "relevance" => false,
            "date" => true,
            _ => Error(errors, "sort", $"sort must be relevance or date; got '{Sort}'.", $"排序只能是 relevance（相关度）或 date（日期），收到“{Sort}”。"),
        };
        var limit = 50;
        if (!string.IsNullOrWhiteSpace(Limit) && (!int.TryParse(Limit, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > 1000))
        {
            Error(errors, "limit", $"limit must be a whole number between 1 and 1000; got '{Limit}'.", $"条数须为 1 至 1000 的整数，收到“{Limit}”。");
        }

        if (Q is { } q && q.Count(c => c == '"') % 2 != 0)
        {
            Error(errors, "q", $"the search text {q} has an unclosed quote (\").", $"检索词 {q} 的引号（\"）未闭合。");
        }

        return errors.Count > 0
            ? (null, errors)
            : (new PolicyQuery(Q, level, Blank(Type), Blank(Issuer), Blank(Topic), status, from, to, byDate, chinese, limit), errors);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static bool Error(Dictionary<string, (string En, string Zh)> errors, string name, string en, string zh)
    {
        errors[name] = (en, zh);
        return false;
    }

    private static T? Choice<T>(string name, string? text, Dictionary<string, (string En, string Zh)> errors)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (System.Enum.TryParse<T>(text.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var value) && System.Enum.IsDefined(value))
        {
            return value;
        }

        var names = string.Join(", ", System.Enum.GetNames<T>().Select(n => n.ToLowerInvariant()));
        Error(errors, name, $"{name} must be one of {names}; got '{text}'.", $"{name} 只能是 {names} 之一，收到“{text}”。");
        return null;
    }

    private static DateOnly? Date(string name, string? text, Dictionary<string, (string En, string Zh)> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(errors, name, $"{name} must be a date yyyy-MM-dd; got '{text}'.", $"{name} 须为 yyyy-MM-dd 格式的日期，收到“{text}”。");
        return null;
    }
}
