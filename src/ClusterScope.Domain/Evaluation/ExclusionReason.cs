namespace ClusterScope.Domain.Evaluation;

/// <summary>Why a unit is not ranked, in plain words, in English and Simplified Chinese.</summary>
/// <param name="En">The reason in English.</param>
/// <param name="Zh">The reason in Simplified Chinese.</param>
public sealed record ExclusionReason(string En, string Zh)
{
    /// <summary>Several reasons as one, separated as each language separates clauses.</summary>
    public static ExclusionReason Join(IReadOnlyList<ExclusionReason> reasons)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        return new(string.Join("; ", reasons.Select(r => r.En)), string.Join("；", reasons.Select(r => r.Zh)));
    }

    /// <summary>A unit with too few reported indicators.</summary>
    /// <param name="observed">Indicators reported.</param>
    /// <param name="count">Indicators of the framework with data.</param>
    /// <param name="threshold">Share the framework requires (0..1).</param>
    public static ExclusionReason Availability(int observed, int count, double threshold) => new(
        Invariant($"only {observed} of its {count} indicators {(observed == 1 ? "is" : "are")} reported, fewer than the {threshold * 100:0.#} % the framework requires"),
        Invariant($"{count} 项指标中只报告了 {observed} 项，低于框架要求的 {threshold * 100:0.#} %"));

    /// <summary>A unit left without any value after imputation.</summary>
    public static ExclusionReason NoScore { get; } = new("no score: every value is still missing after imputation", "无得分：插补后所有值仍然缺失");

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
