using System.Globalization;

namespace ClusterScope.Domain.Evaluation;

/// <summary>Puts a failed eligibility rule into plain words: what the unit has and what the rule needs.</summary>
/// <remarks>Names come from the framework's indicators (their code when the framework does not name one), so the
/// sentence reads "Incubators: none recorded, and the framework needs Incubators of at least 1 or Eco-industrial status
/// of at least 1" rather than "meets 0 of 2 conditions (incubators &gt;= 1; eco_industrial_status &gt;= 1)".</remarks>
internal sealed class ExclusionWording(EvaluationFramework framework)
{
    public ExclusionReason Threshold(HardThreshold threshold, double value) =>
        WithWhy(Sentence([Has(threshold.Condition, value)], [Needs(threshold.Condition)], 1), threshold.Reason, threshold.ReasonZh);

    public ExclusionReason AtLeast(AtLeastRule rule, Func<string, double> value)
    {
        var failed = rule.Conditions.Where(c => !c.IsMetBy(value(c.Indicator))).Select(c => Has(c, value(c.Indicator))).ToArray();
        return WithWhy(Sentence(failed, rule.Conditions.Select(Needs).ToArray(), rule.K), rule.Reason, rule.ReasonZh);
    }

    private static ExclusionReason Sentence(ExclusionReason[] has, ExclusionReason[] needs, int k)
    {
        var hasEn = string.Join("; ", has.Select(h => h.En));
        var hasZh = string.Join("；", has.Select(h => h.Zh));
        if (needs.Length == 1)
        {
            return new($"{hasEn}, and the framework needs {needs[0].En}", $"{hasZh}，而框架要求{needs[0].Zh}");
        }

        if (k == 1)
        {
            return new($"{hasEn}, and the framework needs {string.Join(" or ", needs.Select(n => n.En))}",
                $"{hasZh}，而框架要求{string.Join("或", needs.Select(n => n.Zh))}");
        }

        return new(Invariant($"{hasEn}, and the framework needs at least {k} of these {needs.Length}: {string.Join("; ", needs.Select(n => n.En))}"),
            Invariant($"{hasZh}，而框架要求以下 {needs.Length} 项中至少满足 {k} 项：{string.Join("；", needs.Select(n => n.Zh))}"));
    }

    private ExclusionReason Has(IndicatorCondition condition, double value)
    {
        var (name, zh) = Names(condition.Indicator);
        return double.IsNaN(value)
            ? new($"{name}: not reported", $"{zh}：未报告")
            : value == 0 && condition.Min > 0
                ? new($"{name}: none recorded", $"{zh}：无记录")
                : new($"{name}: {N(value)}", $"{zh}：{N(value)}");
    }

    private ExclusionReason Needs(IndicatorCondition condition)
    {
        var (name, zh) = Names(condition.Indicator);
        return (condition.Min, condition.Max) switch
        {
            ({ } low, { } high) => new($"{name} between {N(low)} and {N(high)}", $"{zh}在 {N(low)} 至 {N(high)} 之间"),
            ({ } low, null) => new($"{name} of at least {N(low)}", $"{zh}不低于 {N(low)}"),
            (null, { } high) => new($"{name} of at most {N(high)}", $"{zh}不高于 {N(high)}"),
            _ => new($"{name} reported", $"报告{zh}"),
        };
    }

    // The rule's reason is framework text, shown as the framework gives it (in English where it gives no Chinese).
    private static ExclusionReason WithWhy(ExclusionReason sentence, string? why, string? whyZh) =>
        why is null ? sentence : new($"{sentence.En} (why: {why})", $"{sentence.Zh}（理由：{whyZh ?? why}）");

    private (string En, string Zh) Names(string code) =>
        framework.Indicators.FirstOrDefault(i => i.Code == code) is { } indicator ? (indicator.Name, indicator.NameIn(chinese: true)) : (code, code);

    private static string N(double x) => x.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
