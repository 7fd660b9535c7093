namespace ClusterScope.Cli.Tests.Commands;

/// <summary>The framework's rules and bad input through the evaluate command.</summary>
public sealed partial class EvaluateCommandTests
{
    private async Task<List<Dictionary<string, string>>> EvaluateSmallAsync(string framework, params string[] more)
    {
        var run = await CliRun.RunAsync(["evaluate", "--framework", Write("f.json", framework), "--data", Write("small.csv", SmallData), "--mc", "0", .. more]);
        Assert.True(run.ExitCode == 0, run.Error);
        return Table(run.Output);
    }

    [Fact]
    public async Task Evaluating_leaves_a_unit_failing_a_hard_threshold_unranked_with_the_reason()
    {
        // Without C, z is 5 for both (constant: NaN after min-max, D2 drops out): D1 = (3 x + y) / 4 = 25 (A), 75 (B).
        var rows = await EvaluateSmallAsync(SmallFramework("""
            , "hardThresholds": [ { "indicator": "z", "min": 1, "reason": "a zone without incubators is not assessed" } ]
            """));
        var c = rows.Single(r => r["unit"] == "C");
        Assert.Equal("NA", c["rank"]);
        Assert.Equal("z: none recorded, and the framework needs z of at least 1 (why: a zone without incubators is not assessed)", c["excluded_reason"]);
        Assert.Equal("z：无记录，而框架要求z不低于 1（理由：a zone without incubators is not assessed）", c["excluded_reason_zh"]);
        Close(25, Number(rows.Single(r => r["unit"] == "A")["score"]), "A");
        Assert.Equal("1", rows.Single(r => r["unit"] == "B")["rank"]);
    }

    [Fact]
    public async Task Evaluating_applies_at_least_k_of_n_rules()
    {
        // A meets y and z, B meets x and z, C meets only x.
        var rows = await EvaluateSmallAsync(SmallFramework("""
            , "atLeast": [ { "k": 2, "conditions": [ { "indicator": "x", "min": 15 }, { "indicator": "y", "max": 1.5 }, { "indicator": "z", "min": 1 } ] } ]
            """));
        Assert.Contains("the framework needs at least 2 of these 3", rows.Single(r => r["unit"] == "C")["excluded_reason"], StringComparison.Ordinal);
        Assert.Contains("至少满足 2 项", rows.Single(r => r["unit"] == "C")["excluded_reason_zh"], StringComparison.Ordinal);
        Assert.Equal(["2", "1"], rows.Where(r => r["unit"] != "C").Select(r => r["rank"]));
    }

    [Fact]
    public async Task Evaluating_a_ranks_only_framework_publishes_no_scores()
    {
        var run = await CliRun.RunAsync("evaluate", "--framework", Write("f.json", SmallFramework(""", "publication": { "ranksOnly": true }""")),
            "--data", Write("small.csv", SmallData), "--mc", "0");
        Assert.Equal("unit,rank,rank_median,rank_p05,rank_p95,awards,excluded_reason,excluded_reason_zh", run.Output.Split('\n')[0].TrimEnd('\r'));
    }

    [Fact]
    public async Task Evaluating_with_groups_ranks_within_each_group_by_its_own_weights()
    {
        // Group g1 weighs y three times x: D1 = (x + 3 y) / 4 = 75 (A), 12.5 (B); with z = 100 both, A leads g1.
        var groups = Write("groups.csv", "unit,group\nA,g1\nB,g1\nC,g2\n");
        var rows = await EvaluateSmallAsync(SmallFramework("""
            , "groupWeights": [ { "group": "g1", "weights": { "x": 1, "y": 3 } } ]
            """), "--groups", groups);
        var byUnit = rows.ToDictionary(r => r["unit"]);
        Assert.Equal(("2", "1"), (byUnit["A"]["rank"], byUnit["A"]["group_rank"]));
        Assert.Equal(("1", "2"), (byUnit["B"]["rank"], byUnit["B"]["group_rank"]));
        Assert.Equal(("g2", "1"), (byUnit["C"]["group"], byUnit["C"]["group_rank"]));
    }

    [Fact]
    public async Task Evaluating_gives_most_improved_awards_against_a_previous_run()
    {
        // Before: C 1, B 2, A 3. Now: B 1, A 2, C 3. A and B both gain one place and share the award.
        var previous = Write("previous.csv", "unit,rank\nA,3\nB,2\nC,1\n");
        var rows = await EvaluateSmallAsync(SmallFramework("""
            , "awards": [ { "code": "improved", "name": "Most improved", "rule": "mostImproved", "count": 1 } ]
            """), "--previous", previous);
        Assert.Equal(["improved", "improved", ""], rows.Select(r => r["awards"]));
    }

    [Fact]
    public async Task Evaluating_case_07_awards_the_top_10_percent_whose_interval_stays_in_the_top_quartile()
    {
        var framework = File.ReadAllText(PipelineA).TrimEnd().TrimEnd('}') + """
            , "awards": [ { "code": "excellence", "name": "Excellence", "rule": "topShare", "share": 0.1, "intervalWithin": 0.25 } ] }
            """;
        var run = await CliRun.RunAsync("evaluate", "--framework", Write("a.json", framework), "--data", Case07Data(), "--mc", "2000", "--seed", "3");
        Assert.True(run.ExitCode == 0, run.Error);
        var rows = Table(run.Output);
        var awarded = rows.Where(r => r["awards"] == "excellence").ToList();
        Assert.NotEmpty(awarded);
        Assert.All(awarded, r => Assert.True(Number(r["rank"]) <= 2 && Number(r["rank_p95"]) <= 5, r["unit"]));
        Assert.All(rows.Where(r => Number(r["rank"]) <= 2 && Number(r["rank_p95"]) <= 5), r => Assert.Equal("excellence", r["awards"]));
    }

    [Fact]
    public async Task Evaluating_leaves_out_an_indicator_the_data_lack_and_says_so()
    {
        var data = Write("xy.csv", string.Join('\n', SmallData.Split('\n').Where(l => !l.Contains(",z,", StringComparison.Ordinal))));
        var run = await CliRun.RunAsync("evaluate", "--framework", Write("f.json", SmallFramework()), "--data", data, "--mc", "0");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("note: Indicator 'z' has no value in the data: left out, and with it dimension 'D2'", run.Error, StringComparison.Ordinal);
        Assert.Equal("unit,score,rank,rank_median,rank_p05,rank_p95,D1,awards,excluded_reason,excluded_reason_zh", run.Output.Split('\n')[0].TrimEnd('\r'));
        Close(87.5, Number(Table(run.Output).Single(r => r["unit"] == "C")["score"]), "C");
    }

    [Fact]
    public async Task Evaluating_one_period_fills_its_gaps_from_the_previous_period()
    {
        // 2021 lacks A's x; carried from 2020 (10), the 2021 result equals the small case.
        var rows = SmallData.Split('\n').Skip(1).Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        var data = Write("panel.csv", "unit,indicator,value,period\n"
            + string.Join('\n', rows.Select(l => l + ",2020").Concat(rows.Where(l => l != "A,x,10").Select(l => l + ",2021"))));
        var run = await CliRun.RunAsync("evaluate", "--framework", Write("f.json", SmallFramework(method: """{ "imputation": "carryLastPeriod", "outliers": "none" }""")),
            "--data", data, "--mc", "0", "--period", "2021");
        Assert.True(run.ExitCode == 0, run.Error);
        Close(62.5, Number(Table(run.Output).Single(r => r["unit"] == "A")["score"]), "A");
    }

    [Theory]
    [InlineData("\"weight\": 3", "\"weight\": -3", "$.indicators[0].weight: must be positive")]
    [InlineData("\"dimension\": \"D2\"", "\"dimension\": \"D9\"", "$.indicators[2].dimension: 'D9' is not a dimension (has D1, D2)")]
    [InlineData("\"direction\": \"-\"", "\"direction\": \"down\"", "$.indicators[1].direction: must be one of \"+\", \"-\", not \"down\"")]
    [InlineData("\"weight\": 3", "\"wieght\": 3", "$.indicators[0].wieght: unknown property")]
    [InlineData("\"formatVersion\": 1", "\"formatVersion\": 2", "$.formatVersion: version 2 is not supported")]
    [InlineData("\"code\": \"D2\", \"name\": \"Two\"", "\"code\": \"D1\", \"name\": \"Two\"", "$.dimensions[1].code: 'D1' is already used by $.dimensions[0]")]
    [InlineData("\"code\": \"small\",", "\"code\": \"small\"", "$: not valid JSON (line 5")]
    public async Task A_bad_framework_is_refused_with_the_JSON_path(string find, string replace, string expected)
    {
        var framework = SmallFramework().Replace(find, replace, StringComparison.Ordinal);
        var run = await CliRun.RunAsync("evaluate", "--framework", Write("bad.json", framework), "--data", Write("small.csv", SmallData));
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: bad.json: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_geometric_mean_after_z_scores_around_100_is_computed_as_COINr_does()
    {
        var run = await CliRun.RunAsync("evaluate", "--framework", Write("z.json", SmallFramework(method: """
            { "imputation": "none", "outliers": "none", "normalisation": { "method": "zScore", "mean": 100, "sd": 10 }, "aggregation": "geometric" }
            """)), "--data", Write("small.csv", SmallData), "--mc", "50");
        Assert.True(run.ExitCode == 0, run.Error);
        foreach (var row in Table(run.Output))
        {
            var (d1, d2) = (Number(row["D1"]), Number(row["D2"]));
            Close(Math.Sqrt(d1 * d2), Number(row["score"]), $"{row["unit"]}: the index is the geometric mean of its two dimensions");
            Assert.InRange(d1, 70, 130);
        }

        // z: 5, 5, 0 has mean 10/3 and sd 2.887 (n - 1), so A and B score 100 + 10 * (5 - 10/3) / 2.887 = 105.7735.
        Close(105.77350269189627, Number(Table(run.Output).Single(r => r["unit"] == "A")["D2"]), "A's D2");
    }

    [Fact]
    public async Task A_zero_that_reaches_a_geometric_mean_is_refused_naming_the_unit_and_indicator()
    {
        // Min-max 0..100 (the default) puts A's x, the lowest, at 0.
        var run = await CliRun.RunAsync("evaluate", "--framework", Write("g.json", SmallFramework(method: """{ "imputation": "none", "outliers": "none", "aggregation": "geometric" }""")),
            "--data", Write("small.csv", SmallData), "--mc", "0");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Unit 'A': GeometricMean of 'D1' cannot take 'x' = 0", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public async Task Every_framework_error_is_reported_at_once()
    {
        var framework = SmallFramework("""
            , "hardThresholds": [ { "indicator": "w", "min": 2, "max": 1 } ], "awards": [ { "code": "a", "rule": "topShare", "share": 2, "intervalWithin": 0.25 } ]
            """).Replace("\"weight\": 3", "\"weight\": 0", StringComparison.Ordinal);
        var run = await CliRun.RunAsync("evaluate", "--framework", Write("bad.json", framework), "--data", Write("small.csv", SmallData));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("4 error(s)", run.Error, StringComparison.Ordinal);
        Assert.Contains("$.indicators[0].weight: must be positive", run.Error, StringComparison.Ordinal);
        Assert.Contains("$.hardThresholds[0].indicator: 'w' is not an indicator of the framework", run.Error, StringComparison.Ordinal);
        Assert.Contains("$.hardThresholds[0].max: must not be below min", run.Error, StringComparison.Ordinal);
        Assert.Contains("$.awards[0].share: must be a share above 0 and at most 1", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unit,indicator,value\nA,x,ten\n", "data.csv, row 2, field 'value': 'ten' is not a number")]
    [InlineData("unit,indicator,value\nA,x,1\nA,x,2\n", "data.csv, row 3: unit 'A', indicator 'x' already appears in row 2.")]
    [InlineData("unit,value\nA,1\n", "data.csv: missing column(s) indicator")]
    [InlineData("unit,indicator,value\n,x,1\n", "data.csv, row 2, field 'unit': empty.")]
    public async Task Bad_data_is_refused_naming_file_row_and_field(string text, string expected)
    {
        var run = await CliRun.RunAsync("evaluate", "--framework", Write("f.json", SmallFramework()), "--data", Write("data.csv", text));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_group_or_period_is_a_plain_error()
    {
        var framework = Write("f.json", SmallFramework());
        var data = Write("small.csv", SmallData);
        var groups = await CliRun.RunAsync("evaluate", "--framework", framework, "--data", data, "--groups", Write("g.csv", "unit,group\nA,g1\n"));
        Assert.Equal((2, "error: The groups file has no group for unit 'B'."), (groups.ExitCode, groups.Error.TrimEnd()));
        var period = await CliRun.RunAsync("evaluate", "--framework", framework, "--data", data, "--period", "2020");
        Assert.Equal(2, period.ExitCode);
        Assert.Contains("no period column", period.Error, StringComparison.Ordinal);
        var missing = await CliRun.RunAsync("evaluate", "--framework", Path.Combine(_folder, "none.json"), "--data", data);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("none.json' does not exist", missing.Error, StringComparison.Ordinal);
    }
}
