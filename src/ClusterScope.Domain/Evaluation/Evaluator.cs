using System.Globalization;
using ClusterScope.Analytics;
using ClusterScope.Analytics.Composite;

namespace ClusterScope.Domain.Evaluation;

/// <summary>Runs an evaluation framework on indicator data: eligibility, the composite index, rank intervals, group
/// rankings and awards.</summary>
/// <remarks>Composes the Analytics engine (<see cref="CompositeIndex.Compute"/>, <see cref="MonteCarlo.Run"/>) with the
/// framework's rules; pure, so the same framework, data and options give the same result. Units that fail a hard
/// threshold or an "at least k of n" rule are left out before the index is computed, like units below the
/// data-availability threshold: a unit outside the competition must not move the normalisation of those in it.</remarks>
public static class Evaluator
{
    /// <summary>Evaluates every unit of <paramref name="data"/> with <paramref name="framework"/>.</summary>
    /// <param name="framework">The framework.</param>
    /// <param name="data">Raw values (units x indicator codes, NaN where missing), optional groups and previous period.
    /// Columns the framework does not name are ignored; framework indicators absent from the data are dropped.</param>
    /// <param name="options">Monte Carlo size and seed, previous ranks.</param>
    /// <param name="progress">Receives the number of Monte Carlo replications done.</param>
    /// <exception cref="ArgumentException">No indicator of the framework has data, every unit is excluded, or the engine
    /// rejects the method (e.g. group imputation without groups; the message says which).</exception>
    /// <remarks>A hard threshold or "at least k of n" rule that names an indicator without any data is not applied, and a
    /// note says so: applied, it would exclude every unit.</remarks>
    public static EvaluationResult Evaluate(EvaluationFramework framework, CompositeData data, EvaluationOptions options,
        IProgress<int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        var raw = data.Raw;
        var dropped = framework.Indicators.Select(i => i.Code)
            .Where(c => !raw.Codes.Contains(c) || raw.Column(c).All(double.IsNaN)).ToArray();
        var notes = new RunNotes();
        var used = WithoutUncheckableRules(framework.Without(dropped), dropped, notes);
        if (used.Indicators.Count == 0)
        {
            throw new ArgumentException($"None of the framework's indicators has a value in the data (it has {string.Join(", ", raw.Codes)}).", nameof(data));
        }

        var units = raw.Units;
        var reasons = units.Select((_, r) => Eligibility.Failures(used, code => raw.Codes.Contains(code) ? raw.Values[r, raw.IndexOf(code)] : double.NaN))
            .Select(f => f.Count == 0 ? null : ExclusionReason.Join(f)).ToArray();
        var eligible = Enumerable.Range(0, units.Count).Where(r => reasons[r] is null).ToArray();
        if (eligible.Length == 0)
        {
            throw new ArgumentException($"Every unit fails the framework's eligibility rules, e.g. '{units[0]}': {reasons[0]!.En}.", nameof(data));
        }

        var codes = used.Indicators.Select(i => i.Code).ToArray();
        var subset = new CompositeData(Select(raw, eligible, codes), data.Groups is null ? null : eligible.Select(r => data.Groups[r]).ToArray(),
            data.Previous is null ? null : Select(data.Previous, eligible, codes));
        var composite = used.ToComposite();
        var spec = used.Method.ToSpec();
        var nominal = CompositeIndex.Compute(subset, composite, spec);
        foreach (var exclusion in nominal.Exclusions)
        {
            var observed = (int)Math.Round(exclusion.Availability * codes.Length);
            reasons[eligible[subset.Raw.Units.ToList().IndexOf(exclusion.Unit)]] = ExclusionReason.Availability(observed, codes.Length, spec.MinimumDataAvailability);
        }

        var ranks = nominal.Ranks();
        AddNotes(notes, framework, used, dropped, nominal);
        var rankedCount = ranks.Count(r => !double.IsNaN(r));
        MonteCarloResult? monteCarlo = null;
        if (options.Replications > 0 && rankedCount >= 2)
        {
            monteCarlo = MonteCarlo.Run(nominal, used.Uncertainty.ToSpec(options.Replications, options.Seed), progress);
        }
        else
        {
            if (options.Replications > 0)
            {
                notes.Add("Fewer than 2 ranked units: no rank intervals.", "参与排名的单位少于 2 个：没有排名区间。");
            }
            else
            {
                notes.Add("No Monte Carlo (--mc 0): no rank intervals.", "未做蒙特卡洛模拟（--mc 0）：没有排名区间。");
            }
        }

        var groupRanks = GroupRanks(used, subset, composite, spec, nominal);
        var stats = monteCarlo?.Ranks.ToDictionary(s => s.Unit, StringComparer.Ordinal) ?? [];
        var ranked = Enumerable.Range(0, subset.Raw.Units.Count).Where(k => !double.IsNaN(ranks[k]))
            .Select(k => stats.TryGetValue(subset.Raw.Units[k], out var s)
                ? new RankedUnit(s.Unit, ranks[k], s.Q5, s.Q95)
                : new RankedUnit(subset.Raw.Units[k], ranks[k], double.NaN, double.NaN))
            .ToArray();
        var awards = GrantAwards(used, ranked, options, notes);

        var results = Assemble(used, data, eligible, reasons, nominal, stats, groupRanks, awards);
        return new EvaluationResult(used, results, dropped, notes.En, nominal, monteCarlo) { NotesZh = notes.Zh };
    }

    private static void AddNotes(RunNotes notes, EvaluationFramework framework, EvaluationFramework used, string[] dropped, CompositeResult nominal)
    {
        foreach (var code in dropped)
        {
            var dimension = framework.Indicators.First(i => i.Code == code).Dimension;
            if (used.Dimensions.Any(d => d.Code == dimension))
            {
                notes.Add($"Indicator '{code}' has no value in the data: left out; the other weights of '{dimension}' renormalise.",
                    $"指标“{code}”在数据中没有数值：不参与计算；“{dimension}”其余指标的权重重新归一。");
            }
            else
            {
                notes.Add($"Indicator '{code}' has no value in the data: left out, and with it dimension '{dimension}', which has no other indicator with data.",
                    $"指标“{code}”在数据中没有数值：不参与计算；维度“{dimension}”没有其他有数据的指标，一并略去。");
            }
        }

        foreach (var code in used.Indicators.Select(i => i.Code).Where(c => nominal.Normalised.Column(c).All(double.IsNaN)))
        {
            notes.Add($"Indicator '{code}' has the same value for every ranked unit: it cannot be normalised and does not count.",
                $"指标“{code}”在所有参与排名的单位中取值相同：无法标准化，不计入。");
        }
    }

    private static UnitResult[] Assemble(EvaluationFramework used, CompositeData data, int[] eligible, ExclusionReason?[] reasons, CompositeResult nominal,
        Dictionary<string, RankStatistics> stats, double[]? groupRanks, Dictionary<string, HashSet<string>> awards)
    {
        var units = data.Raw.Units;
        var ranks = nominal.Ranks();
        var scores = nominal.Scores(used.Index.Code);
        var dimensions = used.Dimensions.Select(d => nominal.Scores(d.Code)).ToArray();
        var position = eligible.Select((r, k) => (r, k)).ToDictionary(p => p.r, p => p.k);
        var results = new UnitResult[units.Count];
        for (var r = 0; r < units.Count; r++)
        {
            var group = data.Groups?[r];
            if (!position.TryGetValue(r, out var k) || double.IsNaN(ranks[k]))
            {
                results[r] = new UnitResult(units[r], group, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN,
                    dimensions.Select(_ => double.NaN).ToArray(), double.NaN, [],
                    reasons[r] ?? ExclusionReason.NoScore);
                continue;
            }

            var s = stats.GetValueOrDefault(units[r]);
            results[r] = new UnitResult(units[r], group, scores[k], ranks[k], s?.Median ?? double.NaN, s?.Q5 ?? double.NaN,
                s?.Q95 ?? double.NaN, dimensions.Select(d => d[k]).ToArray(), groupRanks?[k] ?? double.NaN,
                awards.Where(a => a.Value.Contains(units[r])).Select(a => a.Key).ToArray(), null);
        }

        return results;
    }

    // A rule on an indicator nobody reports would exclude every unit; leaving it out, and saying so, is the useful reading.
    private static EvaluationFramework WithoutUncheckableRules(EvaluationFramework framework, string[] dropped, RunNotes notes)
    {
        var missing = dropped.ToHashSet(StringComparer.Ordinal);
        var thresholds = framework.HardThresholds.Where(t => missing.Contains(t.Condition.Indicator)).ToArray();
        var atLeast = framework.AtLeastRules.Where(r => r.Conditions.Any(c => missing.Contains(c.Indicator))).ToArray();
        foreach (var t in thresholds)
        {
            notes.Add($"Hard threshold {t.Condition} not applied: no data for '{t.Condition.Indicator}'.",
                $"硬性门槛 {t.Condition} 未执行：“{t.Condition.Indicator}”没有数据。");
        }

        foreach (var r in atLeast)
        {
            var codes = r.Conditions.Where(c => missing.Contains(c.Indicator)).Select(c => c.Indicator).ToArray();
            notes.Add($"Rule 'at least {r.K} of {r.Conditions.Count}' not applied: no data for {string.Join(", ", codes.Select(c => $"'{c}'"))}.",
                $"规则“{r.Conditions.Count} 项中至少满足 {r.K} 项”未执行：{string.Join("、", codes.Select(c => $"“{c}”"))}没有数据。");
        }

        return framework with
        {
            HardThresholds = framework.HardThresholds.Except(thresholds).ToArray(),
            AtLeastRules = framework.AtLeastRules.Except(atLeast).ToArray(),
        };
    }

    private static Dictionary<string, HashSet<string>> GrantAwards(EvaluationFramework framework, RankedUnit[] ranked,
        EvaluationOptions options, RunNotes notes)
    {
        var awards = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var rule in framework.Awards)
        {
            IReadOnlyList<string> winners = [];
            switch (rule)
            {
                case AwardRule.TopShare top when ranked.Any(u => !double.IsNaN(u.RankP95)):
                    winners = Awards.TopShare(top, ranked);
                    if (Math.Floor((top.Share * ranked.Length) + 1e-9) < 1)
                    {
                        notes.Add(string.Create(CultureInfo.InvariantCulture, $"Award '{rule.Code}': {top.Share:P0} of {ranked.Length} ranked units is less than one place, so nobody qualifies."),
                            string.Create(CultureInfo.InvariantCulture, $"奖项“{rule.Code}”：{ranked.Length} 个参与排名单位的 {top.Share * 100:0.#} % 不足一个名额，无人入选。"));
                    }

                    break;
                case AwardRule.TopShare:
                    notes.Add($"Award '{rule.Code}' needs rank intervals: run with --mc > 0.", $"奖项“{rule.Code}”需要排名区间：请以 --mc > 0 运行。");
                    break;
                case AwardRule.MostImproved improved when options.PreviousRanks is not null:
                    winners = Awards.MostImproved(improved, ranked, options.PreviousRanks);
                    break;
                case AwardRule.MostImproved:
                    notes.Add($"Award '{rule.Code}' needs the previous run's ranks: give --previous.", $"奖项“{rule.Code}”需要上一次运行的排名：请给出 --previous。");
                    break;
            }

            awards[rule.Code] = winners.ToHashSet(StringComparer.Ordinal);
        }

        return awards;
    }

    // Within a group every unit is scored with the group's weights (if it has its own), over the common normalisation.
    private static double[]? GroupRanks(EvaluationFramework framework, CompositeData data, CompositeFramework composite,
        CompositeSpec spec, CompositeResult nominal)
    {
        if (data.Groups is null)
        {
            return null;
        }

        var groups = data.Groups;
        var result = new double[groups.Count];
        Array.Fill(result, double.NaN);
        foreach (var group in groups.Distinct(StringComparer.Ordinal))
        {
            var weights = framework.WeightsFor(group);
            var scores = weights is null ? nominal.Scores(framework.Index.Code)
                : CompositeIndex.Compute(data, composite, spec with { Weights = weights }).Scores(framework.Index.Code);
            var members = Enumerable.Range(0, groups.Count).Where(k => groups[k] == group).ToArray();
            var ranks = Ranking.Descending(members.Select(k => scores[k]).ToArray());
            for (var m = 0; m < members.Length; m++)
            {
                result[members[m]] = ranks[m];
            }
        }

        return result;
    }

    private static IndicatorMatrix Select(IndicatorMatrix m, int[] rows, string[] codes)
    {
        var values = new Matrix(rows.Length, codes.Length);
        for (var c = 0; c < codes.Length; c++)
        {
            var column = m.Codes.Contains(codes[c]) ? m.Column(codes[c]) : null;
            for (var k = 0; k < rows.Length; k++)
            {
                values[k, c] = column?[rows[k]] ?? double.NaN;
            }
        }

        return new IndicatorMatrix(rows.Select(r => m.Units[r]).ToArray(), codes, values);
    }
}
