using ClusterScope.Domain.Registry;

namespace ClusterScope.Domain.Programmes;

/// <summary>The enterprise registry fields that eligibility clauses may name, with their types.</summary>
/// <remarks>Names are snake_case, as in rule files. Observation indicators (e.g. <c>enterprise_revenue</c>) are named by
/// their indicator codes and checked against the indicator catalogue the validator is given.</remarks>
public static class RuleFields
{
    /// <summary>Fields holding text or a class: <c>size</c> (micro, small, medium, large, unknown), ownership, codes.</summary>
    public static IReadOnlySet<string> Text { get; } = new HashSet<string>(StringComparer.Ordinal)
        { "size", "ownership", "industry_code", "zone_code", "cluster_code", "credit_code" };

    /// <summary>Yes/no fields.</summary>
    public static IReadOnlySet<string> Flags { get; } = new HashSet<string>(StringComparer.Ordinal) { "high_tech", "leading", "start_up" };

    /// <summary>The accepted values of <c>size</c>.</summary>
    public static IReadOnlySet<string> Sizes { get; } = new HashSet<string>(StringComparer.Ordinal) { "micro", "small", "medium", "large", "unknown" };

    /// <summary>The value of a text field; null when the registry does not know it.</summary>
    /// <exception cref="ArgumentException">Not a text field.</exception>
    public static string? TextOf(Enterprise e, string field) => field switch
    {
        "size" => e.Size == EnterpriseSize.Unknown ? null : e.Size.ToString().ToLowerInvariant(),
        "ownership" => e.Ownership,
        "industry_code" => e.IndustryCode,
        "zone_code" => e.ZoneCode,
        "cluster_code" => e.ClusterCode,
        "credit_code" => e.CreditCode,
        _ => throw new ArgumentException($"'{field}' is not a text field.", nameof(field)),
    };

    /// <summary>The value of a yes/no field.</summary>
    /// <exception cref="ArgumentException">Not a flag field.</exception>
    public static bool FlagOf(Enterprise e, string field) => field switch
    {
        "high_tech" => e.IsHighTech,
        "leading" => e.IsLeading,
        "start_up" => e.IsStartUp,
        _ => throw new ArgumentException($"'{field}' is not a yes/no field.", nameof(field)),
    };
}
