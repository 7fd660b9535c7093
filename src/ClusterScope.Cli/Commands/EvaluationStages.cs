using System.Globalization;
using ClusterScope.Analytics.Composite;
using ClusterScope.Data.Evaluation;
using ClusterScope.Data.Export;
using ClusterScope.Domain.Evaluation;

namespace ClusterScope.Cli.Commands;

/// <summary>The files of <c>evaluate --stages DIR</c>: every stage of the pipeline, the coherence report, the uncertainty summary
/// and the sensitivity indices (named and described in docs/evaluation/stages.md).</summary>
internal static class EvaluationStages
{
    private sealed record StageFile(string Name, IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows);

    /// <summary>Builds every file in memory first and writes them after, so a failure leaves no half-written set.</summary>
    public static async Task<IReadOnlyList<string>> WriteAsync(DirectoryInfo folder, EvaluationResult result, int seed, TextWriter notes)
    {
        var nominal = result.Nominal;
        List<StageFile> files =
        [
            Wide("imputed.csv", nominal.Imputed),
            Wide("treated.csv", nominal.Treated),
            Wide("normalised.csv", nominal.Normalised),
            Wide("aggregated.csv", nominal.Aggregated),
            Treatment(nominal),
            Cronbach(nominal),
            Correlations(nominal),
        ];
        if (result.MonteCarlo is { } mc)
        {
            files.Add(Uncertainty(mc));
        }

        var (sensitivity, reason, _) = EvaluationService.Sensitivity(result, seed);
        if (sensitivity is not null)
        {
            files.Add(Sensitivity(sensitivity));
        }
        else
        {
            await notes.WriteLineAsync($"note: no sensitivity.csv: {reason}");
        }

        folder.Create();
        foreach (var file in files)
        {
            var path = Path.Combine(folder.FullName, file.Name);
            var temporary = path + ".part";
            await using (var writer = new StreamWriter(temporary))
            {
                await TableWriter.WriteCsvAsync(writer, file.Columns, file.Rows);
            }

            File.Move(temporary, path, overwrite: true);
        }

        return [.. files.Select(f => f.Name)];
    }

    private static StageFile Wide(string name, IndicatorMatrix stage)
    {
        var rows = new List<object?[]>();
        for (var u = 0; u < stage.Units.Count; u++)
        {
            rows.Add([stage.Units[u], .. stage.Values.Row(u).ToArray().Select(v => (object?)v)]);
        }

        return new StageFile(name, ["unit", .. stage.Codes], rows);
    }

    // Skew and kurtosis before treatment are the first check, after it the last (COINr Dets_Table); a method without
    // treatment makes no check, shown as NA.
    private static StageFile Treatment(CompositeResult nominal)
    {
        var none = new SkewKurtCheck(double.NaN, double.NaN, Pass: true);
        var rows = nominal.Treatment.Select(t =>
        {
            var (before, after) = t.Value.Checks.Count == 0 ? (none, none) : (t.Value.Checks[0], t.Value.Checks[^1]);
            return new object?[]
            {
                t.Key, (double)t.Value.Points.Count(p => p != CellTreatment.None), t.Value.Winsorised is { } w ? (double)w : double.NaN,
                t.Value.Transform.ToString().ToLowerInvariant(), before.Skew, before.Kurtosis, after.Skew, after.Kurtosis,
                t.Value.Checks.Count == 0 ? "NA" : after.Pass ? "yes" : "no",
            };
        }).ToList();
        return new StageFile("treatment.csv",
            ["indicator", "points_changed", "winsorised", "transform", "skew_before", "kurtosis_before", "skew_after", "kurtosis_after", "passes_after"], rows);
    }

    private static StageFile Cronbach(CompositeResult nominal)
    {
        var aggregates = nominal.Aggregated.Codes.Except(nominal.Normalised.Codes);
        var rows = aggregates.Select(code => new object?[] { code, CronbachAlpha.Compute(nominal, code) }).ToList();
        return new StageFile("coherence_alpha.csv", ["aggregate", "cronbach_alpha"], rows);
    }

    private static StageFile Correlations(CompositeResult nominal)
    {
        var rows = CompositeDiagnostics.Correlations(nominal).Select(c => new object?[]
        {
            c.Indicator, c.Aggregate, nominal.TopCodes.Contains(c.Aggregate) ? "index" : "dimension", c.R,
            c.Negative ? "yes" : "no", c.NearZero ? "yes" : "no",
        }).ToList();
        return new StageFile("coherence_correlations.csv", ["indicator", "aggregate", "level", "r", "negative", "near_zero"], rows);
    }

    private static StageFile Sensitivity(SensitivityResult result)
    {
        var rows = result.Factors.Select((factor, i) => new object?[]
        {
            factor, result.Estimate.FirstOrder[i], result.Bootstrap.FirstOrder[i].Low, result.Bootstrap.FirstOrder[i].High,
            result.Estimate.Total[i], result.Bootstrap.Total[i].Low, result.Bootstrap.Total[i].High,
        }).ToList();
        return new StageFile("sensitivity.csv", ["input", "first_order", "first_order_low", "first_order_high", "total", "total_low", "total_high"], rows);
    }

    private static StageFile Uncertainty(MonteCarloResult mc)
    {
        var rows = mc.Ranks.Select(r => new object?[] { r.Unit, r.Nominal, r.Mean, r.Median, r.Q5, r.Q95, r.Min, r.Max }).ToList();
        return new StageFile("uncertainty.csv", ["unit", "nominal_rank", "mean_rank", "median_rank", "q05_rank", "q95_rank", "min_rank", "max_rank"], rows);
    }
}
