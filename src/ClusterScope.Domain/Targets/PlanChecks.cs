using System.Globalization;
using ClusterScope.Domain.Registry;

namespace ClusterScope.Domain.Targets;

/// <summary>Consistency checks of a plan against itself (and, where given, the registry it applies to).</summary>
/// <remarks>Parts versus whole: the targets with the same <see cref="Target.PartOf"/> form partitions of that whole, one per
/// dimension (output tier, industry category, anything else), and each partition's values must add up to the whole's (the
/// 2013 Jilin programme's 13 category counts add up to 160 against 162 clusters). Implied quantities: a share target and a sum
/// target of the same indicator and deadline imply the denominator (sum / share), which is compared with the observed
/// denominator in the deadline year when the data hold one. Deadlines must lie within the plan's period. Duplicates: two
/// targets with the same code, or the same kind, indicator, condition, reference and deadline. With data, count targets
/// larger than the number of clusters or zones in the registry are flagged.</remarks>
public static class PlanChecks
{
    /// <summary>Runs every check; <paramref name="data"/> (may be null) adds the observed comparisons.</summary>
    public static IReadOnlyList<PlanFinding> Run(Plan plan, ObservedData? data)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var findings = new List<PlanFinding>();
        findings.AddRange(PartsVersusWhole(plan));
        findings.AddRange(ImpliedQuantities(plan, data));
        findings.AddRange(DeadlinesOutsidePeriod(plan));
        findings.AddRange(Duplicates(plan));
        if (data is not null)
        {
            findings.AddRange(ExceedingPopulation(plan, data));
        }

        return findings;
    }

    /// <summary>Partitions of a whole whose values do not add up to it; and parts naming a whole that is not there.</summary>
    public static IEnumerable<PlanFinding> PartsVersusWhole(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var byCode = plan.Targets.GroupBy(t => t.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var group in plan.Targets.Where(t => t.PartOf is not null).GroupBy(t => (t.PartOf!, Dimension(t))))
        {
            var parts = group.ToList();
            if (!byCode.TryGetValue(group.Key.Item1, out var whole))
            {
                yield return new PlanFinding(FindingKind.UnknownReference, FindingSeverity.Warning,
                    $"{parts.Count} target(s) ({string.Join(", ", parts.Select(p => p.Code))}) are parts of '{group.Key.Item1}', which is not a target of this plan.",
                    $"{parts.Count} 个目标（{string.Join("、", parts.Select(p => p.Code))}）是“{group.Key.Item1}”的组成部分，但本规划中没有这个目标。",
                    parts.Select(p => p.Code).ToList(), null, null);
                continue;
            }

            var sum = parts.Sum(p => p.Value);
            if (Math.Abs(sum - whole.Value) > 1e-9 * Math.Max(1, Math.Abs(whole.Value)))
            {
                var difference = whole.Value - sum;
                yield return new PlanFinding(FindingKind.PartsVersusWhole, FindingSeverity.Error,
                    $"The {parts.Count} {group.Key.Item2} targets add up to {N(sum)} {whole.Unit}, not the {N(whole.Value)} of '{whole.Code}' "
                    + $"({(difference > 0 ? "short by" : "over by")} {N(Math.Abs(difference))}): {string.Join(" + ", parts.Select(p => N(p.Value)))} = {N(sum)}.",
                    $"{parts.Count} 个{DimensionZh(group.Key.Item2)}分项目标合计 {N(sum)} {whole.Unit}，而不是“{whole.Code}”的 {N(whole.Value)}"
                    + $"（{(difference > 0 ? "少" : "多")} {N(Math.Abs(difference))}）：{string.Join(" + ", parts.Select(p => N(p.Value)))} = {N(sum)}。",
                    [whole.Code, .. parts.Select(p => p.Code)], whole.Value, sum);
            }
        }
    }

    /// <summary>Denominators implied by a share and a sum of the same indicator and deadline, compared with the observed figure.</summary>
    public static IEnumerable<PlanFinding> ImpliedQuantities(Plan plan, ObservedData? data)
    {
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var share in plan.Targets.Where(t => t.Kind == TargetKind.Share && t.Value > 0))
        {
            foreach (var sum in plan.Targets.Where(t => t.Kind == TargetKind.Sum && t.Indicator == share.Indicator
                         && t.DeadlineYear == share.DeadlineYear && (t.Condition ?? "") == (share.Condition ?? "")))
            {
                var implied = sum.Value / (share.Value / 100);
                var observed = data?.Find(EntityKind.Region, share.ReferenceEntity ?? "", share.ReferenceIndicator ?? "", share.DeadlineYear);
                var comparisonZh = observed is null
                    ? $"数据中没有 {share.ReferenceEntity} 在 {share.DeadlineYear} 年的 {share.ReferenceIndicator} 实际值可供比较。"
                    : $"{share.ReferenceEntity} 在 {share.DeadlineYear} 年的 {share.ReferenceIndicator} 实际值为 {N(observed.Value)}"
                      + $"（为推算值的 {N(100 * observed.Value / implied)} %{(observed.IsSample ? "；示例数据" : "")}）。";
                var comparison = observed is null
                    ? $"The data hold no observed {share.ReferenceIndicator} of {share.ReferenceEntity} for {share.DeadlineYear} to compare it with."
                    : $"The observed {share.ReferenceIndicator} of {share.ReferenceEntity} in {share.DeadlineYear} is {N(observed.Value)} "
                      + $"({N(100 * observed.Value / implied)} % of the implied figure{(observed.IsSample ? "; sample" : "")}).";
                yield return new PlanFinding(FindingKind.ImpliedQuantity, observed is null ? FindingSeverity.Info : FindingSeverity.Warning,
                    $"'{sum.Code}' ({N(sum.Value)} {sum.Unit}) at '{share.Code}' ({N(share.Value)} %) implies a {share.ReferenceIndicator} of "
                    + $"{N(implied)} {sum.Unit} in {share.DeadlineYear}. {comparison}",
                    $"“{sum.Code}”（{N(sum.Value)} {sum.Unit}）按“{share.Code}”（{N(share.Value)} %）推算，{share.DeadlineYear} 年 {share.ReferenceIndicator} 应为 "
                    + $"{N(implied)} {sum.Unit}。{comparisonZh}",
                    [sum.Code, share.Code], implied, observed?.Value);
            }
        }
    }

    /// <summary>Targets due before the plan starts or after it ends.</summary>
    public static IEnumerable<PlanFinding> DeadlinesOutsidePeriod(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Targets.Where(t => t.DeadlineYear > plan.PeriodEnd || t.DeadlineYear < plan.PeriodStart)
            .Select(t => new PlanFinding(FindingKind.DeadlineOutsidePeriod, FindingSeverity.Warning,
                $"'{t.Code}' is due in {t.DeadlineYear}, {(t.DeadlineYear > plan.PeriodEnd ? "after" : "before")} the plan's period {plan.PeriodStart}-{plan.PeriodEnd}.",
                $"“{t.Code}”的期限是 {t.DeadlineYear} 年，{(t.DeadlineYear > plan.PeriodEnd ? "晚于" : "早于")}规划期 {plan.PeriodStart}-{plan.PeriodEnd} 年。",
                [t.Code], plan.PeriodEnd, t.DeadlineYear));
    }

    /// <summary>Targets sharing a code, or measuring the same thing by the same deadline.</summary>
    public static IEnumerable<PlanFinding> Duplicates(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var group in plan.Targets.GroupBy(t => t.Code, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            yield return new PlanFinding(FindingKind.Duplicate, FindingSeverity.Error, $"{group.Count()} targets share the code '{group.Key}'.",
                $"{group.Count()} 个目标使用同一代码“{group.Key}”。",
                [group.Key], null, group.Count());
        }

        foreach (var group in plan.Targets.GroupBy(t => (t.Kind, t.Indicator ?? "", NormalisedCondition(t), t.ReferenceIndicator ?? "", t.ReferenceEntity ?? "", t.DeadlineYear))
                     .Where(g => g.Count() > 1))
        {
            var targets = group.ToList();
            var values = targets.Select(t => t.Value).Distinct().ToList();
            yield return new PlanFinding(FindingKind.Duplicate, values.Count > 1 ? FindingSeverity.Error : FindingSeverity.Warning,
                $"{string.Join(", ", targets.Select(t => $"'{t.Code}'"))} measure the same thing by {group.Key.DeadlineYear}"
                + (values.Count > 1 ? $" with different values ({string.Join(" vs ", values.Select(N))})." : $" (both {N(values[0])})."),
                $"{string.Join("、", targets.Select(t => $"“{t.Code}”"))} 衡量的是 {group.Key.DeadlineYear} 年的同一事项"
                + (values.Count > 1 ? $"，但数值不同（{string.Join(" 对 ", values.Select(N))}）。" : $"（均为 {N(values[0])}）。"),
                targets.Select(t => t.Code).ToList(), null, null);
        }
    }

    /// <summary>Count targets above the number of clusters or zones in the registry.</summary>
    public static IEnumerable<PlanFinding> ExceedingPopulation(Plan plan, ObservedData data)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(data);
        foreach (var target in plan.Targets.Where(t => t.Comparator != Comparator.AtMost))
        {
            var (population, noun, nounZh) = target.Kind switch
            {
                TargetKind.Count => (data.Clusters.Count, "clusters", "个集群"),
                TargetKind.StatusCount => (data.Zones.Count, "development zones", "个开发区"),
                _ => (-1, "", ""),
            };
            if (population >= 0 && target.Value > population)
            {
                yield return new PlanFinding(FindingKind.ExceedsPopulation, FindingSeverity.Warning,
                    $"'{target.Code}' asks for {N(target.Value)} {target.Unit}, but the registry holds {population} {noun} in all: "
                    + "the target cannot be met unless the registry grows.",
                    $"“{target.Code}”要求 {N(target.Value)} {target.Unit}，但名录中一共只有 {population} {nounZh}：除非名录扩大，否则无法实现。",
                    [target.Code], target.Value, population);
            }
        }
    }

    private static string Dimension(Target target)
    {
        if (!TargetCondition.TryParse(target.Condition, out var condition, out _))
        {
            return "other";
        }

        return condition.Tier is not null ? "tier" : condition.Category is not null ? "category" : condition.MinimumStatus is not null ? "status" : "other";
    }

    private static string DimensionZh(string dimension) => dimension switch
    {
        "tier" => "按规模档次的",
        "category" => "按产业类别的",
        "status" => "按级别的",
        _ => "",
    };

    private static string NormalisedCondition(Target target) =>
        TargetCondition.TryParse(target.Condition, out var condition, out _) ? condition.ToString() : target.Condition ?? "";

    private static string N(double value) => value.ToString(Math.Abs(value - Math.Round(value)) < 1e-9 ? "#,0" : "#,0.#", CultureInfo.InvariantCulture);
}
