using ClusterScope.Data;
using ClusterScope.Data.Evaluation;
using ClusterScope.Domain.Evaluation;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Web.Features.Evaluation;

/// <summary>A stored run with its parsed results and the names of its units, as the pages and the report show it.</summary>
public sealed record RunView(EvaluationRun Run, RunResults Results, IReadOnlyDictionary<string, (string Zh, string En)> Names,
    EvaluationPublication? Publication)
{
    /// <summary>Loads a run and the names of its zones; <see langword="null"/> when there is no such run, or it is unpublished and
    /// <paramref name="includeUnpublished"/> is false.</summary>
    public static async Task<RunView?> LoadAsync(EvaluationService evaluation, ClusterScopeDbContext db, int id, bool includeUnpublished, CancellationToken ct)
    {
        var run = await evaluation.GetVisibleRunAsync(id, includeUnpublished, ct);
        if (run is null)
        {
            return null;
        }

        var names = await ZoneNamesAsync(db, ct);
        return new RunView(run, RunResults.FromJson(run.ResultsJson), names, await evaluation.PublicationAsync(id, ct));
    }

    /// <summary>Every zone's Chinese and English name by code.</summary>
    public static async Task<IReadOnlyDictionary<string, (string Zh, string En)>> ZoneNamesAsync(ClusterScopeDbContext db, CancellationToken ct) =>
        await db.Zones.AsNoTracking().Select(z => new { z.Code, z.NameZh, z.NameEn }).ToDictionaryAsync(z => z.Code, z => (z.NameZh, z.NameEn), ct);

    /// <summary>The ranked units, best first.</summary>
    public IEnumerable<RunUnit> Ranked => Results.Units.Where(u => u.Rank is not null).OrderBy(u => u.Rank).ThenBy(u => u.Unit, StringComparer.Ordinal);

    /// <summary>The units left out, with their reasons.</summary>
    public IEnumerable<RunUnit> Excluded => Results.Units.Where(u => u.Rank is null);

    /// <summary>The unit's name in Chinese or English (its code when unknown).</summary>
    public string Name(string unit, bool zh) => Names.TryGetValue(unit, out var n) ? (zh ? n.Zh : n.En) : unit;

    /// <summary>Why the unit is not ranked, in Chinese or English (English in runs stored without the Chinese).</summary>
    public static string? Reason(RunUnit unit, bool zh) => zh && unit?.ExcludedReasonZh is { } reason ? reason : unit?.ExcludedReason;

    /// <summary>The award rule in Chinese or English (English in runs stored without the Chinese).</summary>
    public static string Rule(RunAward award, bool zh) => zh && award?.RuleZh is { } rule ? rule : award?.Rule ?? string.Empty;

    /// <summary>Whether any result of the run rests on sample figures.</summary>
    public bool RestsOnSample => Results.Provenance is { SampleFigures: > 0 };

    /// <summary>Median score of each dimension over the ranked units.</summary>
    public double?[] DimensionMedians() => Results.Dimensions.Select((_, d) => Median(Ranked.Select(u => u.DimensionScores[d]))).ToArray();

    private static double? Median(IEnumerable<double?> values)
    {
        var sorted = values.Where(v => v is not null).Select(v => v!.Value).Order().ToArray();
        return sorted.Length == 0 ? null : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
