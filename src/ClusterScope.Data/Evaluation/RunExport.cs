using System.Text;
using ClusterScope.Domain.Evaluation;
using MiniExcelLibs;

namespace ClusterScope.Data.Evaluation;

/// <summary>A stored run as files: its data, groups and previous ranks (CSV) and its framework (JSON), which
/// <c>clusterscope evaluate</c> reads to compute the same numbers, and its results as an XLSX workbook.</summary>
public static class RunExport
{
    /// <summary>The input files of the run by file name (<c>data.csv</c>, <c>framework.json</c>, and <c>groups.csv</c>,
    /// <c>previous.csv</c> when the run used them), UTF-8 text.</summary>
    public static IReadOnlyDictionary<string, string> InputFiles(EvaluationRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var snapshot = RunSnapshot.From(run.DataJson, run.InputsJson);
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["data.csv"] = snapshot.DataCsv(),
            ["framework.json"] = run.FrameworkJson,
        };
        if (snapshot.GroupsCsv() is { } groups)
        {
            files["groups.csv"] = groups;
        }

        if (snapshot.PreviousCsv() is { } previous)
        {
            files["previous.csv"] = previous;
        }

        return files;
    }

    /// <summary>The <c>clusterscope evaluate</c> command line that reproduces the run from its <see cref="InputFiles"/>.</summary>
    public static string CommandLine(EvaluationRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var files = InputFiles(run);
        var line = new StringBuilder(System.FormattableString.Invariant($"clusterscope evaluate --framework framework.json --data data.csv --mc {run.Replications} --seed {run.Seed}"));
        line.Append(files.ContainsKey("groups.csv") ? " --groups groups.csv" : string.Empty);
        line.Append(files.ContainsKey("previous.csv") ? " --previous previous.csv" : string.Empty);
        return line.ToString();
    }

    /// <summary>Writes the run as a workbook: results (one row per unit, with names), awards, coherence, about, data.</summary>
    /// <remarks>Runs that recorded provenance have a <c>provenance</c> column (<c>real</c> or <c>sample</c>) in results and
    /// data, the unit's own sample figures, and the counts in about.</remarks>
    /// <param name="run">The run.</param>
    /// <param name="names">Display name by unit code (missing codes are shown as codes).</param>
    /// <param name="stream">Where to write.</param>
    public static async Task WriteXlsxAsync(EvaluationRun run, IReadOnlyDictionary<string, string> names, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(names);
        var results = RunResults.FromJson(run.ResultsJson);
        var units = results.Units.Select(u =>
        {
            var row = new Dictionary<string, object?>
            {
                ["unit"] = u.Unit, ["name"] = names.GetValueOrDefault(u.Unit, u.Unit), ["group"] = u.Group, ["score"] = u.Score, ["rank"] = u.Rank,
                ["rank_median"] = u.RankMedian, ["rank_p05"] = u.RankP05, ["rank_p95"] = u.RankP95, ["group_rank"] = u.GroupRank,
            };
            for (var d = 0; d < results.Dimensions.Count; d++)
            {
                row[results.Dimensions[d].Code] = u.DimensionScores[d];
            }

            row["awards"] = string.Join(";", u.Awards);
            row["excluded_reason"] = u.ExcludedReason;
            row["excluded_reason_zh"] = u.ExcludedReasonZh;
            if (results.Provenance is not null)
            {
                row["provenance"] = u.Provenance;
                row["sample_figures"] = u.SampleFigures;
            }

            return row;
        }).ToList();
        var awards = results.Awards.Select(a => new Dictionary<string, object?>
        {
            ["code"] = a.Code, ["name"] = a.Name, ["rule"] = a.Rule, ["rule_zh"] = a.RuleZh, ["units"] = string.Join(";", a.Units),
        }).ToList();
        var coherence = results.Coherence.Select(c => new Dictionary<string, object?>
        {
            ["indicator"] = c.Indicator, ["aggregate"] = c.Aggregate, ["r"] = c.R, ["negative"] = c.Negative, ["near_zero"] = c.NearZero,
        }).ToList();
        var about = new List<Dictionary<string, object?>>
        {
            About("run", run.Id), About("framework", run.FrameworkCode), About("version", run.FrameworkVersion), About("period", run.Period),
            About("replications", run.Replications), About("seed", run.Seed), About("content_hash", run.ContentHash),
            About("created_by", run.CreatedBy), About("created_at_utc", run.CreatedAtUtc.ToString("u", System.Globalization.CultureInfo.InvariantCulture)),
            About("command", CommandLine(run)),
        };
        if (results.Provenance is { } provenance)
        {
            about.AddRange([About("sample_figures", provenance.SampleFigures), About("figures", provenance.Figures),
                About("provenance_note", EvaluationProvenance.Note(provenance.SampleFigures, provenance.Figures).En)]);
        }

        about.AddRange(results.Notes.Select(n => About("note", n)));
        var snapshot = RunSnapshot.From(run.DataJson, run.InputsJson);
        var data = snapshot.Values.Select(v =>
        {
            var row = new Dictionary<string, object?> { ["unit"] = v.Unit, ["indicator"] = v.Indicator, ["value"] = v.Value };
            if (snapshot.HasProvenance)
            {
                row["provenance"] = RunSnapshot.ProvenanceLabel(v.Sample == true);
            }

            return row;
        }).ToList();
        var sheets = new Dictionary<string, object>
        {
            ["results"] = units, ["awards"] = awards, ["coherence"] = coherence, ["about"] = about, ["data"] = data,
        };
        await MiniExcel.SaveAsAsync(stream, sheets, excelType: ExcelType.XLSX);
    }

    private static Dictionary<string, object?> About(string key, object? value) => new() { ["item"] = key, ["value"] = value };
}
