using ClusterScope.Analytics.Composite;

namespace ClusterScope.Domain.Evaluation;

/// <summary>Before a run: which indicators lack data for which units, and what the run will do about it (impute, drop
/// the indicator, exclude the unit).</summary>
/// <param name="Units">Units in the data.</param>
/// <param name="Indicators">Every indicator of the framework, in framework order.</param>
/// <param name="Excluded">Units the run will not rank, with the reason in plain words.</param>
public sealed record DataCoverage(int Units, IReadOnlyList<IndicatorCoverage> Indicators, IReadOnlyList<(string Unit, ExclusionReason Reason)> Excluded)
{
    /// <summary>The coverage of <paramref name="data"/> under <paramref name="framework"/>, read off the evaluation the run
    /// would compute, so the report and the run cannot disagree.</summary>
    /// <param name="framework">The framework as written (before indicators without data are dropped).</param>
    /// <param name="data">The raw data (units x indicator codes, NaN where missing).</param>
    /// <param name="result">The evaluation of <paramref name="data"/> with <paramref name="framework"/>.</param>
    public static DataCoverage Of(EvaluationFramework framework, CompositeData data, EvaluationResult result)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(result);
        var raw = data.Raw;
        var ranked = result.Units.Where(u => !double.IsNaN(u.Rank)).Select(u => u.Unit).ToHashSet(StringComparer.Ordinal);
        var indicators = framework.Indicators.Select(i =>
        {
            var missing = raw.Codes.Contains(i.Code)
                ? raw.Units.Where((_, r) => double.IsNaN(raw.Values[r, raw.IndexOf(i.Code)])).ToArray()
                : raw.Units.ToArray();
            var imputed = missing.Count(ranked.Contains);
            var (action, words) = result.DroppedIndicators.Contains(i.Code) ? (CoverageAction.Drop, Dropped(result, i))
                : missing.Length == 0 ? (CoverageAction.Complete, new ExclusionReason("reported by every zone", "所有开发区均已报告"))
                : imputed == 0 ? (CoverageAction.ExcludedOnly, new ExclusionReason("missing only for zones that are not ranked anyway", "仅未参与排名的开发区缺少该数据"))
                : (CoverageAction.Impute, Imputed(framework.Method.Imputation, imputed, missing.Length - imputed));
            return new IndicatorCoverage(i.Code, i.Name, missing, action, words) { NameZh = i.NameZh };
        }).ToArray();
        var excluded = result.Units.Where(u => u.ExcludedReason is not null).Select(u => (u.Unit, u.ExcludedReason!)).ToArray();
        return new DataCoverage(raw.Units.Count, indicators, excluded);
    }

    private static ExclusionReason Dropped(EvaluationResult result, FrameworkIndicator indicator) =>
        result.Framework.Dimensions.Any(d => d.Code == indicator.Dimension)
            ? new("no zone reports it: the run leaves it out, and the other indicators of its dimension share its weight",
                "没有开发区报告该指标：本次评价不使用它，其权重由同一维度的其他指标分担")
            : new("no zone reports it: the run leaves it out, and with it its dimension, which has no other indicator with data",
                "没有开发区报告该指标：本次评价不使用它，其所在维度也因没有其他有数据的指标而一并略去");

    private static ExclusionReason Imputed(ImputationSpec spec, int ranked, int excluded)
    {
        var (en, zh) = spec switch
        {
            ImputationSpec.Mean => ("the mean of the ranked zones", "参与排名开发区的均值"),
            ImputationSpec.Median => ("the median of the ranked zones", "参与排名开发区的中位数"),
            ImputationSpec.GroupMean => ("the mean of the ranked zones of the same level", "同级别参与排名开发区的均值"),
            ImputationSpec.GroupMedian => ("the median of the ranked zones of the same level", "同级别参与排名开发区的中位数"),
            ImputationSpec.CarryLastPeriod => ("the zone's value of the previous period", "该开发区上一期的数值"),
            _ => ((string?)null, (string?)null),
        };
        var zones = ranked == 1 ? "1 ranked zone" : FormattableString.Invariant($"{ranked} ranked zones");
        var also = excluded == 0 ? new ExclusionReason(string.Empty, string.Empty)
            : new ExclusionReason(FormattableString.Invariant($"; {excluded} more {(excluded == 1 ? "zone lacks" : "zones lack")} it but {(excluded == 1 ? "is" : "are")} not ranked"),
                FormattableString.Invariant($"；另有 {excluded} 个开发区缺少该数据，但不参与排名"));
        return en is null
            ? new($"left missing for {zones}: their dimension score averages the other indicators{also.En}",
                FormattableString.Invariant($"{ranked} 个参与排名的开发区缺少该数据，不插补：其维度得分取其他指标的平均{also.Zh}"))
            : new($"imputed for {zones} with {en}{also.En}", FormattableString.Invariant($"{ranked} 个参与排名的开发区缺少该数据，用{zh}插补{also.Zh}"));
    }
}
