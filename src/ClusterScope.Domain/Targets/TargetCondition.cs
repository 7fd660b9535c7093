using ClusterScope.Domain.Registry;

namespace ClusterScope.Domain.Targets;

/// <summary>Which entities a target counts: clauses separated by ";", each <c>tier=…</c>, <c>tier&gt;=…</c>,
/// <c>category=…</c> or <c>status&gt;=…</c>.</summary>
/// <remarks>Tiers are those of <see cref="OutputTiers"/> (<c>tier=Over100Bn</c> is the band of RMB 100 bn and more,
/// <c>tier&gt;=Over2Bn</c> every cluster from RMB 2 bn up); <c>category=</c> takes an industry category code;
/// <c>status&gt;=Provincial</c> counts provincial and national eco-industrial zones. An empty condition matches everything.</remarks>
/// <param name="Tier">The exact output tier, if any.</param>
/// <param name="MinimumTier">The lowest output tier counted, if any.</param>
/// <param name="Category">The industry category code, if any.</param>
/// <param name="MinimumStatus">The lowest eco-industrial status counted, if any.</param>
public sealed record TargetCondition(OutputTier? Tier = null, OutputTier? MinimumTier = null, string? Category = null, EcoIndustrialStatus? MinimumStatus = null)
{
    /// <summary>The condition that matches every entity.</summary>
    public static TargetCondition Any { get; } = new();

    /// <summary>Whether the condition restricts clusters by their output tier.</summary>
    public bool UsesTier => Tier is not null || MinimumTier is not null;

    /// <summary>Parses the text form; null or blank is <see cref="Any"/>.</summary>
    /// <exception cref="FormatException">A clause is not one of the four forms, or names an unknown tier or status.</exception>
    public static TargetCondition Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Any;
        }

        var condition = Any;
        foreach (var clause in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            condition = clause switch
            {
                _ when clause.StartsWith("tier>=", StringComparison.Ordinal) => condition with { MinimumTier = ParseEnum<OutputTier>(clause[6..], clause) },
                _ when clause.StartsWith("tier=", StringComparison.Ordinal) => condition with { Tier = ParseEnum<OutputTier>(clause[5..], clause) },
                _ when clause.StartsWith("category=", StringComparison.Ordinal) && clause.Length > 9 => condition with { Category = clause[9..].Trim() },
                _ when clause.StartsWith("status>=", StringComparison.Ordinal) => condition with { MinimumStatus = ParseEnum<EcoIndustrialStatus>(clause[8..], clause) },
                _ => throw new FormatException($"'{clause}' is not a condition: use tier=…, tier>=…, category=… or status>=…, separated by ';'."),
            };
        }

        return condition;
    }

    /// <summary>Whether <paramref name="text"/> parses; <paramref name="error"/> says why not.</summary>
    public static bool TryParse(string? text, out TargetCondition condition, out string? error)
    {
        try
        {
            condition = Parse(text);
            error = null;
            return true;
        }
        catch (FormatException e)
        {
            condition = Any;
            error = e.Message;
            return false;
        }
    }

    /// <summary>Whether a cluster of <paramref name="category"/> with output <paramref name="output"/> (100m CNY) matches.</summary>
    public bool MatchesCluster(string category, double output)
    {
        if (Category is not null && !string.Equals(Category, category, StringComparison.Ordinal))
        {
            return false;
        }

        var tier = OutputTiers.Of(Math.Max(0, output));
        return (Tier is null || tier == Tier) && (MinimumTier is null || tier >= MinimumTier);
    }

    /// <summary>Whether a zone with <paramref name="status"/> matches (ranked None &lt; Provincial &lt; National).</summary>
    public bool MatchesZone(EcoIndustrialStatus status) => MinimumStatus is null || status >= MinimumStatus;

    /// <summary>The text form, which <see cref="Parse"/> reads back.</summary>
    public override string ToString() => string.Join(';', new[]
    {
        Tier is null ? null : $"tier={Tier}",
        MinimumTier is null ? null : $"tier>={MinimumTier}",
        Category is null ? null : $"category={Category}",
        MinimumStatus is null ? null : $"status>={MinimumStatus}",
    }.Where(c => c is not null));

    private static T ParseEnum<T>(string text, string clause)
        where T : struct, Enum =>
        !int.TryParse(text, out _) && Enum.TryParse<T>(text.Trim(), ignoreCase: true, out var value)
            ? value
            : throw new FormatException($"'{clause}': '{text}' is not one of {string.Join(", ", Enum.GetNames<T>())}.");
}
