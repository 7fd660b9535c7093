using ClusterScope.Analytics.Composite;
using ClusterScope.Domain.Evaluation;

namespace ClusterScope.Domain.Tests.Evaluation;

public class EvaluatorTests
{
    private static readonly string[] Xyz = ["x", "y", "z"];
    private static readonly EvaluationOptions NoMonteCarlo = new(Replications: 0);

    private static CompositeData SmallData() => Frameworks.Data(["A", "B", "C"], Xyz, [[10, 1, 5], [20, 3, 5], [30, 2, 0]]);

    [Fact]
    public void The_small_framework_gives_the_hand_checked_scores()
    {
        // min-max: x 0/50/100, -y 100/0/50, z 100/100/0; D1 = (3 x + y) / 4 = 25/37.5/87.5; INDEX = (D1 + z) / 2.
        var result = Evaluator.Evaluate(Frameworks.Small(), SmallData(), NoMonteCarlo);
        Assert.Equal([62.5, 68.75, 43.75], result.Units.Select(u => u.Score));
        Assert.Equal([2.0, 1, 3], result.Units.Select(u => u.Rank));
        Assert.Equal([25, 100], result.Units[0].DimensionScores);
        Assert.Contains("no rank intervals", result.Notes[0], StringComparison.Ordinal);
        Assert.Equal(result.Notes.Count, result.NotesZh.Count);
        Assert.Contains("没有排名区间", result.NotesZh[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Ranks_have_intervals_from_the_Monte_Carlo_and_the_same_seed_repeats_them()
    {
        var data = RandomData(new Random(3), 15);
        var first = Evaluator.Evaluate(Frameworks.Small(), data, new EvaluationOptions(500, Seed: 11));
        var second = Evaluator.Evaluate(Frameworks.Small(), data, new EvaluationOptions(500, Seed: 11));
        Assert.Equal(first.Units.Select(u => (u.RankP05, u.RankMedian, u.RankP95)), second.Units.Select(u => (u.RankP05, u.RankMedian, u.RankP95)));
        Assert.All(first.Units, u => Assert.True(u.RankP05 <= u.RankMedian && u.RankMedian <= u.RankP95));
    }

    [Fact]
    public void Monte_Carlo_progress_counts_up_to_the_replications()
    {
        var done = new System.Collections.Concurrent.ConcurrentBag<int>();
        Evaluator.Evaluate(Frameworks.Small(), RandomData(new Random(4), 8), new EvaluationOptions(1000, Seed: 2), new CountingProgress(done));
        Assert.Equal(1000, done.Max());
        Assert.Equal(8, done.Count); // one report per chunk of 128 replications
    }

    [Fact]
    public void Units_failing_a_rule_are_left_out_before_normalisation()
    {
        var framework = Frameworks.Small() with { HardThresholds = [new HardThreshold(new IndicatorCondition("x", Max: 25))] };
        var result = Evaluator.Evaluate(framework, SmallData(), NoMonteCarlo);
        Assert.Equal(new ExclusionReason("x: 30, and the framework needs x of at most 25", "x：30，而框架要求x不高于 25"), result.Units[2].ExcludedReason);
        Assert.True(double.IsNaN(result.Units[2].Rank));
        // Without C: x 0/100, -y 100/0, D1 25/75; z constant, so NaN and left out of the index.
        Assert.Equal([25.0, 75], result.Units.Take(2).Select(u => u.Score));
    }

    [Fact]
    public void Units_below_the_data_availability_threshold_carry_the_engine_reason()
    {
        var framework = Frameworks.Small() with { Method = Frameworks.Small().Method with { MinimumDataAvailability = 0.9 } };
        var data = Frameworks.Data(["A", "B", "C"], Xyz, [[10, 1, 5], [20, double.NaN, 5], [30, 2, 0]]);
        var result = Evaluator.Evaluate(framework, data, NoMonteCarlo);
        Assert.Equal("only 2 of its 3 indicators are reported, fewer than the 90 % the framework requires", result.Units[1].ExcludedReason!.En);
        Assert.Equal("3 项指标中只报告了 2 项，低于框架要求的 90 %", result.Units[1].ExcludedReason!.Zh);
    }

    [Fact]
    public void An_indicator_absent_from_the_data_is_dropped_with_its_empty_dimension()
    {
        var data = Frameworks.Data(["A", "B", "C"], ["x", "y", "other"], [[10, 1, 0], [20, 3, 0], [30, 2, 0]]);
        var result = Evaluator.Evaluate(Frameworks.Small(), data, NoMonteCarlo);
        Assert.Equal(["z"], result.DroppedIndicators);
        Assert.Equal(["D1"], result.Framework.Dimensions.Select(d => d.Code));
        Assert.Equal([25.0, 37.5, 87.5], result.Units.Select(u => u.Score));
    }

    [Fact]
    public void A_rule_on_an_indicator_without_data_is_not_applied_and_a_note_says_so()
    {
        var framework = Frameworks.Small() with
        {
            HardThresholds = [new HardThreshold(new IndicatorCondition("z", Min: 1))],
            AtLeastRules = [new AtLeastRule(1, [new IndicatorCondition("x", Min: 15), new IndicatorCondition("z", Min: 1)])],
        };
        var data = Frameworks.Data(["A", "B", "C"], ["x", "y"], [[10, 1], [20, 3], [30, 2]]);
        var result = Evaluator.Evaluate(framework, data, NoMonteCarlo);
        Assert.All(result.Units, u => Assert.Null(u.ExcludedReason));
        Assert.Contains("Hard threshold z >= 1 not applied: no data for 'z'.", result.Notes);
        Assert.Contains("Rule 'at least 1 of 2' not applied: no data for 'z'.", result.Notes);
        Assert.Contains("硬性门槛 z >= 1 未执行：“z”没有数据。", result.NotesZh);
        Assert.Contains("规则“2 项中至少满足 1 项”未执行：“z”没有数据。", result.NotesZh);
    }

    [Fact]
    public void Raising_a_positively_directed_indicator_never_lowers_a_unit_score_or_rank()
    {
        var random = new Random(20);
        for (var trial = 0; trial < 50; trial++)
        {
            var data = RandomData(random, 12);
            var unit = random.Next(12);
            var before = Evaluator.Evaluate(Frameworks.Small(), data, NoMonteCarlo).Units[unit];
            var raised = data.Raw.Values.Clone();
            raised[unit, 0] += 50 * random.NextDouble();
            var after = Evaluator.Evaluate(Frameworks.Small(), data with { Raw = data.Raw with { Values = raised } }, NoMonteCarlo).Units[unit];
            Assert.True(after.Score >= before.Score - 1e-12, $"trial {trial}: {before.Score} -> {after.Score}");
            Assert.True(after.Rank <= before.Rank, $"trial {trial}: rank {before.Rank} -> {after.Rank}");
        }
    }

    [Fact]
    public void Equal_weights_give_the_unweighted_mean_of_dimension_means()
    {
        var framework = Frameworks.Small() with { Method = Frameworks.Small().Method with { Weights = new WeightSpec.Equal() } };
        var data = RandomData(new Random(5), 10);
        var result = Evaluator.Evaluate(framework, data, NoMonteCarlo);
        var normalised = result.Nominal.Normalised;
        for (var r = 0; r < 10; r++)
        {
            var d1 = (normalised.Values[r, 0] + normalised.Values[r, 1]) / 2;
            var expected = (d1 + normalised.Values[r, 2]) / 2;
            Assert.Equal(expected, result.Units[r].Score, 1e-12);
        }
    }

    [Theory]
    [InlineData("minmax")]
    [InlineData("zscore")]
    public void A_change_of_unit_of_an_indicator_changes_no_score(string normalisation)
    {
        var method = Frameworks.Small().Method with
        {
            Normalisation = normalisation == "minmax" ? new NormalisationSpec.MinMax() : new NormalisationSpec.ZScore(),
        };
        var framework = Frameworks.Small() with { Method = method };
        var data = RandomData(new Random(8), 10);
        var scaled = data.Raw.Values.Clone();
        for (var r = 0; r < 10; r++)
        {
            scaled[r, 1] *= 10_000; // e.g. 100m CNY -> 10k CNY
        }

        var before = Evaluator.Evaluate(framework, data, NoMonteCarlo).Units.Select(u => u.Score).ToArray();
        var after = Evaluator.Evaluate(framework, data with { Raw = data.Raw with { Values = scaled } }, NoMonteCarlo).Units.Select(u => u.Score).ToArray();
        for (var r = 0; r < 10; r++)
        {
            Assert.Equal(before[r], after[r], 1e-9);
        }
    }

    [Fact]
    public void Group_ranks_use_the_group_weights_within_the_group()
    {
        // g1 weighs y three times x: D1 = (x + 3 y) / 4 = 75 (A), 12.5 (B); A leads g1 though B leads overall.
        var framework = Frameworks.Small() with { GroupWeights = [new GroupWeights("g1", new Dictionary<string, double> { ["x"] = 1, ["y"] = 3 })] };
        var data = SmallData() with { Groups = ["g1", "g1", "g2"] };
        var result = Evaluator.Evaluate(framework, data, NoMonteCarlo);
        Assert.Equal([2.0, 1, 3], result.Units.Select(u => u.Rank));
        Assert.Equal([1.0, 2, 1], result.Units.Select(u => u.GroupRank));
    }

    [Fact]
    public void Every_unit_failing_the_rules_is_an_error_naming_one()
    {
        var framework = Frameworks.Small() with { HardThresholds = [new HardThreshold(new IndicatorCondition("x", Min: 100))] };
        var error = Assert.Throws<ArgumentException>(() => Evaluator.Evaluate(framework, SmallData(), NoMonteCarlo));
        Assert.StartsWith("Every unit fails the framework's eligibility rules, e.g. 'A': x: 10, and the framework needs x of at least 100", error.Message, StringComparison.Ordinal);
    }

    private static CompositeData RandomData(Random random, int units) => Frameworks.Data(
        Enumerable.Range(0, units).Select(i => $"U{i}").ToArray(), Xyz,
        Enumerable.Range(0, units).Select(_ => new[] { 100 * random.NextDouble(), 10 * random.NextDouble(), random.NextDouble() }).ToArray());

    // Progress<T> would post to the thread pool; the test needs every report before Evaluate returns.
    private sealed class CountingProgress(System.Collections.Concurrent.ConcurrentBag<int> done) : IProgress<int>
    {
        public void Report(int value) => done.Add(value);
    }
}
