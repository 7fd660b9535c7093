namespace ClusterScope.Cli.Tests.Commands;

public sealed partial class EvaluateCommandTests
{
    private async Task<string> RunStagesOnCase07()
    {
        var folder = Path.Combine(_folder, "stages");
        var run = await CliRun.RunAsync("evaluate", "--framework", PipelineA, "--data", Case07Data(), "--mc", "50", "--seed", "5", "--stages", folder);
        Assert.True(run.ExitCode == 0, run.Error);
        return folder;
    }

    private static List<Dictionary<string, string>> Stage(string folder, string file) => Table(File.ReadAllText(Path.Combine(folder, file)));

    private static List<Dictionary<string, string>> Coinr(string file) => Table(File.ReadAllText(Path.Combine(Case07, "expected", file)));

    [Fact]
    public async Task Stages_hold_COINrs_normalised_and_treated_data_of_case_07()
    {
        var folder = await RunStagesOnCase07();
        Assert.Equal(
            ["aggregated.csv", "coherence_alpha.csv", "coherence_correlations.csv", "imputed.csv", "normalised.csv", "treated.csv", "treatment.csv", "uncertainty.csv"],
            Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        foreach (var (file, expected) in new[] { ("normalised.csv", "A_normalised_minmax_0_100.csv"), ("treated.csv", "A_treated_default.csv"), ("imputed.csv", "A_imputed_i_mean.csv") })
        {
            var ours = Stage(folder, file).ToDictionary(r => r["unit"]);
            var theirs = Coinr(expected);
            Assert.Equal(theirs.Count, ours.Count);
            foreach (var row in theirs)
            {
                foreach (var code in Case07Indicators)
                {
                    Close(Number(row[code]), Number(ours[row["uCode"]][code]), $"{file} {row["uCode"]} {code}");
                }
            }
        }
    }

    [Fact]
    public async Task The_treatment_file_has_COINrs_checks_before_and_after()
    {
        var folder = await RunStagesOnCase07();
        var ours = Stage(folder, "treatment.csv").ToDictionary(r => r["indicator"]);
        foreach (var row in Coinr("A_treatment_details.csv"))
        {
            var mine = ours[row["iCode"]];
            Close(Number(row["check_SkewKurt0.Skew"]), Number(mine["skew_before"]), row["iCode"] + " skew before");
            Close(Number(row["check_SkewKurt0.Kurt"]), Number(mine["kurtosis_before"]), row["iCode"] + " kurtosis before");
            var treated = row["winsorise.nwin"] != "NA";
            Assert.Equal(treated ? row["winsorise.nwin"] : "NA", mine["winsorised"]);
            if (treated && row["check_SkewKurt1.Skew"] != "NA")
            {
                Close(Number(row["check_SkewKurt1.Skew"]), Number(mine["skew_after"]), row["iCode"] + " skew after");
            }
        }
    }

    [Fact]
    public async Task The_coherence_report_has_COINrs_alphas_and_correlations()
    {
        var folder = await RunStagesOnCase07();
        var alphas = Stage(folder, "coherence_alpha.csv").ToDictionary(r => r["aggregate"]);
        foreach (var row in Coinr("cronbach_alpha.csv"))
        {
            Close(Number(row["cronbach_normalised"]), Number(alphas[row["pillar"]]["cronbach_alpha"]), row["pillar"] + " alpha");
        }

        var correlations = Stage(folder, "coherence_correlations.csv");
        foreach (var row in Coinr("correlations_indicator_pillar.csv"))
        {
            var mine = correlations.Single(r => r["indicator"] == row["Var2"] && r["aggregate"] == row["Var1"]);
            Close(Number(row["Correlation"]), Number(mine["r"]), $"{row["Var2"]} with {row["Var1"]}");
            Assert.Equal("dimension", mine["level"]);
        }

        Assert.Contains(correlations, r => r["level"] == "index");
    }

    [Fact]
    public async Task The_uncertainty_summary_brackets_each_nominal_rank()
    {
        var folder = await RunStagesOnCase07();
        var rows = Stage(folder, "uncertainty.csv");
        Assert.Equal(20, rows.Count);
        Assert.All(rows, r =>
        {
            Assert.InRange(Number(r["median_rank"]), Number(r["min_rank"]), Number(r["max_rank"]));
            Assert.InRange(Number(r["q05_rank"]), Number(r["min_rank"]), Number(r["q95_rank"]));
            Assert.InRange(Number(r["nominal_rank"]), 1, 20);
        });
    }

    [Fact]
    public async Task Sensitivity_indices_are_written_when_two_choices_vary_and_their_absence_is_explained()
    {
        var folder = Path.Combine(_folder, "sa");
        var uncertain = SmallFramework(""", "uncertainty": { "weightPerturbation": 0.25, "normalisations": [ { "method": "minMax", "low": 0, "high": 100 }, { "method": "zScore", "mean": 100, "sd": 10 } ] }""");
        var run = await CliRun.RunAsync("evaluate", "--framework", Write("sa.json", uncertain), "--data", Write("small.csv", SmallData), "--mc", "20", "--stages", folder);
        Assert.True(run.ExitCode == 0, run.Error);
        var rows = Stage(folder, "sensitivity.csv");
        Assert.Equal(["weights", "normalisation"], rows.Select(r => r["input"]));
        Assert.All(rows, r =>
        {
            Assert.True(Number(r["first_order_low"]) <= Number(r["first_order_high"]));
            Assert.True(Number(r["total_low"]) <= Number(r["total_high"]));
        });

        // Without outlier treatment no check is made: the treatment file says so rather than inventing numbers.
        Assert.All(Stage(folder, "treatment.csv"), r => Assert.Equal(("NA", "NA", "0"), (r["skew_before"], r["passes_after"], r["points_changed"])));

        var plain = await CliRun.RunAsync("evaluate", "--framework", PipelineA, "--data", Case07Data(), "--mc", "0", "--stages", Path.Combine(_folder, "plain"));
        Assert.Contains("no sensitivity.csv: the framework's method varies 1 of its choices", plain.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "plain", "uncertainty.csv")));
    }
}
