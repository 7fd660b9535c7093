using System.Text.Json;
using System.Text.Json.Serialization;
using ClusterScope.Analytics.Composite;
using ClusterScope.Domain;
using ClusterScope.Domain.Evaluation;

namespace ClusterScope.Data.Evaluation;

/// <summary>The stored results of a run: what pages, exports and the API show, serialised as <c>EvaluationRun.ResultsJson</c>.</summary>
/// <remarks>NaN (not ranked, no interval) is written as null. The serialisation is deterministic, so equal results give
/// byte-identical JSON: that is how a re-run is checked.</remarks>
/// <param name="Framework">Framework code.</param>
/// <param name="Version">Framework version.</param>
/// <param name="Name">Framework name.</param>
/// <param name="Index">The index's code and name.</param>
/// <param name="Dimensions">Dimensions evaluated (code, name), in framework order.</param>
/// <param name="RanksOnly">Whether the framework publishes ranks only.</param>
/// <param name="Replications">Monte Carlo replications.</param>
/// <param name="Seed">Monte Carlo seed.</param>
/// <param name="Units">One row per unit of the data, in data order.</param>
/// <param name="Awards">Each award rule, stated, with the units that earned it.</param>
/// <param name="DroppedIndicators">Framework indicators without any value in the data.</param>
/// <param name="Notes">What the run could not apply.</param>
/// <param name="Coherence">Each indicator's correlation with its dimension and with the index.</param>
/// <param name="Provenance">How many input figures are sample; <see langword="null"/> when the data did not say.</param>
/// <param name="NotesZh"><paramref name="Notes"/> in Chinese, in the same order; null in runs stored before they were recorded.</param>
/// <param name="NameZh">Framework name in Chinese; null in runs stored before it was recorded, or when the framework gives none.</param>
public sealed record RunResults(string Framework, string Version, string Name, RunDimension Index, IReadOnlyList<RunDimension> Dimensions,
    bool RanksOnly, int Replications, int Seed, IReadOnlyList<RunUnit> Units, IReadOnlyList<RunAward> Awards,
    IReadOnlyList<string> DroppedIndicators, IReadOnlyList<string> Notes, IReadOnlyList<RunCorrelation> Coherence,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] RunProvenance? Provenance = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? NameZh = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? NotesZh = null) : IBilingualName
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>The results of an evaluation.</summary>
    /// <param name="result">The evaluation.</param>
    /// <param name="options">Its options.</param>
    /// <param name="provenance">Which results are sample, if the data said which figures are.</param>
    public static RunResults From(EvaluationResult result, EvaluationOptions options, EvaluationProvenance? provenance = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        var f = result.Framework;
        var units = result.Units.Select((u, r) => new RunUnit(u.Unit, u.Group, N(u.Score), N(u.Rank), N(u.RankMedian), N(u.RankP05), N(u.RankP95),
            N(u.GroupRank), u.DimensionScores.Select(N).ToArray(), u.Awards, u.ExcludedReason?.En, u.ExcludedReason?.Zh,
            provenance is null ? null : RunSnapshot.ProvenanceLabel(provenance.UnitSample[r]), provenance?.UnitSampleFigures[r])).ToArray();
        var awards = f.Awards.Select(a => new RunAward(a.Code, a.Name, Describe(a),
            units.Where(u => u.Awards.Contains(a.Code)).OrderBy(u => u.Rank).Select(u => u.Unit).ToArray(), DescribeZh(a), a.NameZh)).ToArray();
        var coherence = CompositeDiagnostics.Correlations(result.Nominal)
            .Select(c => new RunCorrelation(c.Indicator, c.Aggregate, N(c.R), c.Negative, c.NearZero)).ToArray();
        return new RunResults(f.Code, f.Version, f.Name, new RunDimension(f.Index.Code, f.Index.Name, f.Index.NameZh),
            f.Dimensions.Select(d => new RunDimension(d.Code, d.Name, d.NameZh)).ToArray(), f.RanksOnly, options.Replications, options.Seed,
            units, awards, result.DroppedIndicators, result.Notes, coherence,
            provenance is null ? null : new RunProvenance(provenance.SampleFigures, provenance.Figures), f.NameZh, result.NotesZh);
    }

    /// <summary>The JSON stored with the run.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads stored results.</summary>
    public static RunResults FromJson(string json) =>
        JsonSerializer.Deserialize<RunResults>(json, Json) ?? throw new InvalidDataException("Empty results.");

    /// <summary>The rule in words, e.g. "top 10 % of ranked units whose 95 % rank bound lies within the top 25 %".</summary>
    public static string Describe(AwardRule rule) => rule switch
    {
        AwardRule.TopShare t => FormattableString.Invariant($"top {t.Share * 100:0.#} % of ranked units whose whole rank interval (5-95 %) lies within the top {t.IntervalWithin * 100:0.#} %"),
        AwardRule.MostImproved m => FormattableString.Invariant(
            $"the {m.Count} {(m.Count == 1 ? "unit" : "units")} whose rank rose most (at least {m.MinimumGain} {(m.MinimumGain == 1 ? "place" : "places")}) against the previous run"),
        _ => rule.Code,
    };

    /// <summary>The rule in Chinese words, e.g. "参与排名单位的前 10 %，且其 5–95 % 排名区间全部落在前 25 % 以内".</summary>
    public static string DescribeZh(AwardRule rule) => rule switch
    {
        AwardRule.TopShare t => FormattableString.Invariant($"参与排名单位的前 {t.Share * 100:0.#} %，且其整个排名区间（5–95 %）落在前 {t.IntervalWithin * 100:0.#} % 以内"),
        AwardRule.MostImproved m => FormattableString.Invariant($"与上一次运行相比排名上升最多（至少上升 {m.MinimumGain} 位）的 {m.Count} 个单位"),
        _ => rule.Code,
    };

    private static double? N(double x) => double.IsNaN(x) ? null : x;
}

/// <summary>A code and a name (and its Chinese name in runs that stored one).</summary>
public sealed record RunDimension(string Code, string Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? NameZh = null) : IBilingualName;

/// <summary>One unit's results; null where the value does not exist (not ranked, no interval).</summary>
/// <remarks><c>Provenance</c> is <c>sample</c> when the unit's result rests on any sample figure
/// (<see cref="EvaluationProvenance"/>), <c>real</c> otherwise, null in runs stored before provenance was recorded;
/// <c>SampleFigures</c> counts the unit's own sample figures.</remarks>
public sealed record RunUnit(string Unit, string? Group, double? Score, double? Rank, double? RankMedian, double? RankP05, double? RankP95,
    double? GroupRank, IReadOnlyList<double?> DimensionScores, IReadOnlyList<string> Awards, string? ExcludedReason,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ExcludedReasonZh = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Provenance = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? SampleFigures = null);

/// <summary>An award rule in words (English, and Chinese in runs that stored it) and the units that earned it, best rank first.</summary>
public sealed record RunAward(string Code, string Name, string Rule, IReadOnlyList<string> Units,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RuleZh = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? NameZh = null) : IBilingualName;

/// <summary>How many of a run's input figures are generated sample.</summary>
/// <param name="SampleFigures">Sample figures.</param>
/// <param name="Figures">All figures the run read.</param>
public sealed record RunProvenance(int SampleFigures, int Figures);

/// <summary>An indicator's Pearson correlation with an aggregate; flagged when negative or near zero.</summary>
public sealed record RunCorrelation(string Indicator, string Aggregate, double? R, bool Negative, bool NearZero);
