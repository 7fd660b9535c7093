using ClusterScope.Data.Evaluation;
using ClusterScope.Domain.Evaluation;

namespace ClusterScope.Cli.Commands;

/// <summary>The results of an evaluation as the columns and rows <c>evaluate</c> writes, and what the JSON says about the run.</summary>
internal sealed record EvaluationTable(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows, IReadOnlyDictionary<string, object?> About)
{
    public static EvaluationTable From(EvaluationResult result, string? period, EvaluationProvenance? provenance = null)
    {
        var framework = result.Framework;
        var grouped = result.Units.Any(u => u.Group is not null);
        var scores = !framework.RanksOnly;
        var columns = new List<string> { "unit" };
        columns.AddRange(grouped ? ["group"] : []);
        columns.AddRange(scores ? ["score"] : []);
        columns.AddRange(["rank", "rank_median", "rank_p05", "rank_p95"]);
        columns.AddRange(grouped ? ["group_rank"] : []);
        columns.AddRange(scores ? framework.Dimensions.Select(d => d.Code) : []);
        columns.AddRange(["awards", "excluded_reason", "excluded_reason_zh"]);
        columns.AddRange(provenance is null ? [] : ["provenance", "sample_figures"]);
        var rows = result.Units.Select((u, r) =>
        {
            var row = new List<object?> { u.Unit };
            row.AddRange(grouped ? [u.Group] : []);
            row.AddRange(scores ? [u.Score] : []);
            row.AddRange([u.Rank, u.RankMedian, u.RankP05, u.RankP95]);
            row.AddRange(grouped ? [u.GroupRank] : []);
            row.AddRange(scores ? u.DimensionScores.Cast<object?>() : []);
            row.AddRange([string.Join(";", u.Awards), u.ExcludedReason?.En ?? string.Empty, u.ExcludedReason?.Zh ?? string.Empty]);
            row.AddRange(provenance is null ? [] : [RunSnapshot.ProvenanceLabel(provenance.UnitSample[r]), provenance.UnitSampleFigures[r]]);
            return row.ToArray();
        }).ToArray();
        var about = new Dictionary<string, object?>
        {
            ["framework"] = framework.Code,
            ["version"] = framework.Version,
            ["period"] = period,
            ["replications"] = result.MonteCarlo?.Spec.Replications ?? 0,
            ["seed"] = result.MonteCarlo?.Spec.Seed,
            ["ranksOnly"] = framework.RanksOnly,
            ["droppedIndicators"] = result.DroppedIndicators,
            ["notes"] = result.Notes,
            ["sampleFigures"] = provenance?.SampleFigures,
            ["figures"] = provenance?.Figures,
        };
        return new EvaluationTable(columns, rows, about);
    }
}
