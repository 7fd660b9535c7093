using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ClusterScope.Analytics.Composite;
using ClusterScope.Data.Auditing;
using ClusterScope.Domain;
using ClusterScope.Domain.Evaluation;
using ClusterScope.Domain.Registry;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Evaluation;

/// <summary>Stores framework versions and evaluation runs of development zones: load the data, compute, store; re-run;
/// demotion over stored runs.</summary>
public sealed class EvaluationService(ClusterScopeDbContext db, ZoneIndicatorValues zoneValues)
{
    /// <summary>Largest Monte Carlo size a stored run may ask for.</summary>
    public const int MaxReplications = 100_000;

    /// <summary>Every framework version, by code then creation.</summary>
    public async Task<IReadOnlyList<FrameworkVersion>> ListFrameworksAsync(CancellationToken ct) =>
        await db.Set<FrameworkVersion>().AsNoTracking().OrderBy(f => f.Code).ThenBy(f => f.Id).ToListAsync(ct);

    /// <summary>One framework version, or <see langword="null"/>.</summary>
    public Task<FrameworkVersion?> GetFrameworkAsync(int id, CancellationToken ct) =>
        db.Set<FrameworkVersion>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, ct);

    /// <summary>Saves framework JSON as a new version; a code and version already stored is refused.</summary>
    /// <returns>The saved version, or the problems, each naming its JSON path.</returns>
    public async Task<(FrameworkVersion? Saved, IReadOnlyList<string> Errors)> SaveFrameworkAsync(string json, AuditScope audit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(audit);
        if (!FrameworkReader.TryParse(json ?? string.Empty, out var framework, out var errors))
        {
            return (null, errors);
        }

        if (await db.Set<FrameworkVersion>().AnyAsync(f => f.Code == framework.Code && f.Version == framework.Version, ct))
        {
            return (null, [$"$.version: framework '{framework.Code}' already has version '{framework.Version}'; give the edit a new version."]);
        }

        var saved = new FrameworkVersion
        {
            Code = framework.Code, Version = framework.Version, Name = framework.Name, NameZh = framework.NameZh, Json = json!, CreatedBy = audit.Actor,
            CreatedAtUtc = DateTime.UtcNow,
        };
        db.Audit = audit;
        db.Add(saved);
        await db.SaveChangesAsync(ct);
        db.Entry(saved).State = EntityState.Detached;
        return (saved, []);
    }

    /// <summary>The years with cluster output, newest first: the periods a run can evaluate.</summary>
    public async Task<IReadOnlyList<int>> PeriodsAsync(CancellationToken ct) =>
        (await db.Observations.AsNoTracking().Where(o => o.IndicatorCode == "cluster_output").Select(o => o.Period).Distinct().ToListAsync(ct))
        .Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : 0).Where(y => y > 0).OrderDescending().ToArray();

    /// <summary>Every run, newest first, without its data and results; only the published ones unless <paramref name="includeUnpublished"/>.</summary>
    public async Task<IReadOnlyList<RunSummary>> ListRunsAsync(bool includeUnpublished, CancellationToken ct) =>
        await db.Set<EvaluationRun>().AsNoTracking().OrderByDescending(r => r.Id)
            .Select(r => new
            {
                Run = r,
                PublishedAtUtc = db.EvaluationPublications.Where(p => p.RunId == r.Id).Select(p => (DateTime?)p.PublishedAtUtc).FirstOrDefault(),
            })
            .Where(x => includeUnpublished || x.PublishedAtUtc != null)
            .Select(x => new RunSummary(x.Run.Id, x.Run.FrameworkCode, x.Run.FrameworkVersion, x.Run.Period, x.Run.Replications, x.Run.Seed, x.Run.Grouped,
                x.Run.PreviousRunId, x.Run.ContentHash, x.Run.CreatedBy, x.Run.CreatedAtUtc, x.PublishedAtUtc))
            .ToListAsync(ct);

    /// <summary>One run, or <see langword="null"/>.</summary>
    public Task<EvaluationRun?> GetRunAsync(int id, CancellationToken ct) =>
        db.Set<EvaluationRun>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);

    /// <summary>One run if the reader may see it (published, or <paramref name="includeUnpublished"/>), or <see langword="null"/>.</summary>
    public async Task<EvaluationRun?> GetVisibleRunAsync(int id, bool includeUnpublished, CancellationToken ct) =>
        includeUnpublished || await IsPublishedAsync(id, ct) ? await GetRunAsync(id, ct) : null;

    /// <summary>When the run was published, or <see langword="null"/>.</summary>
    public async Task<EvaluationPublication?> PublicationAsync(int id, CancellationToken ct) =>
        await db.EvaluationPublications.AsNoTracking().FirstOrDefaultAsync(p => p.RunId == id, ct);

    /// <summary>Whether the run is published.</summary>
    public Task<bool> IsPublishedAsync(int id, CancellationToken ct) => db.EvaluationPublications.AnyAsync(p => p.RunId == id, ct);

    /// <summary>Publishes a run for everyone to read; publishing is once and for good.</summary>
    /// <returns>False when there is no such run; true when it is published (now or before).</returns>
    public async Task<bool> PublishAsync(int id, AuditScope audit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(audit);
        if (!await db.Set<EvaluationRun>().AnyAsync(r => r.Id == id, ct))
        {
            return false;
        }

        if (!await IsPublishedAsync(id, ct))
        {
            db.Audit = audit;
            db.EvaluationPublications.Add(new EvaluationPublication { RunId = id, PublishedBy = audit.Actor, PublishedAtUtc = DateTime.UtcNow });
            await db.SaveChangesAsync(ct);
        }

        return true;
    }

    /// <summary>Evaluates every development zone with a framework version in a year and stores the run.</summary>
    /// <returns>The stored run, or the problems by parameter name (nothing is stored then).</returns>
    public async Task<(EvaluationRun? Run, IReadOnlyDictionary<string, string[]> Errors)> CreateRunAsync(RunRequest request, AuditScope audit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(audit);
        var (framework, errors) = await ValidateAsync(request.FrameworkId, request.Year, ct);
        if (request.Replications is < 0 or > MaxReplications)
        {
            errors.Add("replications", $"Monte Carlo replications must be between 0 and {MaxReplications:N0}.", $"蒙特卡洛重复次数须在 0 至 {MaxReplications:N0} 之间。");
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        ArgumentNullException.ThrowIfNull(framework);
        var period = request.Year.ToString(CultureInfo.InvariantCulture);
        var (snapshot, previous) = await SnapshotAsync(framework, request.Year, request.Grouped, ct);
        string results;
        try
        {
            results = Compute(framework.Json, snapshot, request.Replications, request.Seed).ToJson();
        }
        catch (ArgumentException e)
        {
            return (null, Refused(framework, period, e));
        }

        var run = new EvaluationRun
        {
            FrameworkCode = framework.Code, FrameworkVersion = framework.Version, Period = period, FrameworkJson = framework.Json,
            DataJson = snapshot.DataJson(), InputsJson = snapshot.InputsJson(), Replications = request.Replications, Seed = request.Seed,
            Grouped = request.Grouped, PreviousRunId = previous?.Id, ResultsJson = results, ContentHash = string.Empty,
            CreatedBy = audit.Actor, CreatedAtUtc = DateTime.UtcNow,
        };
        run.ContentHash = Hash(run);
        db.Audit = audit;
        db.Add(run);
        await db.SaveChangesAsync(ct);
        db.Entry(run).State = EntityState.Detached;
        return (run, errors);
    }

    /// <summary>Before a run: which indicators of the framework lack data for which zones in the year, and what a run will do
    /// about it (impute, drop the indicator, exclude the zone), read off the evaluation the run would compute.</summary>
    /// <returns>The report, or the problems by parameter name.</returns>
    public async Task<(DataCoverage? Coverage, IReadOnlyDictionary<string, string[]> Errors)> CoverageAsync(int frameworkId, int year, bool grouped,
        CancellationToken ct)
    {
        var (framework, errors) = await ValidateAsync(frameworkId, year, ct);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        ArgumentNullException.ThrowIfNull(framework);
        var (snapshot, _) = await SnapshotAsync(framework, year, grouped, ct);
        var definition = FrameworkReader.Parse(framework.Json);
        try
        {
            var input = snapshot.ToDataset().For(null, snapshot.Groups);
            var result = Evaluator.Evaluate(definition, input, new EvaluationOptions(0, 1, snapshot.PreviousRanks));
            return (DataCoverage.Of(definition, input, result), errors);
        }
        catch (ArgumentException e)
        {
            return (null, Refused(framework, year.ToString(CultureInfo.InvariantCulture), e));
        }
    }

    /// <summary>Computes a stored run again from its own framework, data and options, and compares the results byte for byte.</summary>
    /// <returns><see langword="null"/> when there is no such run.</returns>
    public async Task<RerunOutcome?> RerunAsync(int id, CancellationToken ct)
    {
        var run = await GetRunAsync(id, ct);
        if (run is null)
        {
            return null;
        }

        var snapshot = RunSnapshot.From(run.DataJson, run.InputsJson);
        var again = await Task.Run(() => Compute(run.FrameworkJson, snapshot, run.Replications, run.Seed).ToJson(), ct);
        var copy = Copy(run, again);
        return new RerunOutcome(run.Id, string.Equals(again, run.ResultsJson, StringComparison.Ordinal), run.ContentHash, Hash(copy));
    }

    /// <summary>Computes the results of a framework on a snapshot: the one computation behind a run and its re-runs.</summary>
    /// <exception cref="ArgumentException">The framework cannot be evaluated on the data (the message says why).</exception>
    /// <exception cref="InvalidDataException">The framework JSON is not valid.</exception>
    public static RunResults Compute(string frameworkJson, RunSnapshot snapshot, int replications, int seed)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var framework = FrameworkReader.Parse(frameworkJson);
        var dataset = snapshot.ToDataset();
        var input = dataset.For(null, snapshot.Groups);
        var options = new EvaluationOptions(replications, seed, snapshot.PreviousRanks);
        var result = Evaluator.Evaluate(framework, input, options);
        var provenance = dataset.SampleIn(null) is { } isSample ? EvaluationProvenance.Of(result, input.Raw, isSample) : null;
        return RunResults.From(result, options, provenance);
    }

    /// <summary>Base sample size N of a run's sensitivity analysis: N x (inputs + 2) replications.</summary>
    public const int SensitivitySample = 1000;

    /// <summary>Which uncertain input of the framework's method drives the ranks of a stored run: first-order and total
    /// sensitivity indices (Saltelli 2010 design, Jansen estimator; see <see cref="SensitivityAnalysis"/>), computed from what
    /// the run stored with its seed, so the same run always gives the same indices.</summary>
    /// <returns>The indices, or the reason there are none (fewer than two uncertain inputs, fewer than two ranked units), in
    /// English and Chinese.</returns>
    public static (SensitivityResult? Result, string? Reason, string? ReasonZh) Sensitivity(EvaluationRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var snapshot = RunSnapshot.From(run.DataJson, run.InputsJson);
        var framework = FrameworkReader.Parse(run.FrameworkJson);
        var evaluated = Evaluator.Evaluate(framework, snapshot.ToDataset().For(null, snapshot.Groups), new EvaluationOptions(0, run.Seed, snapshot.PreviousRanks));
        return Sensitivity(evaluated, run.Seed);
    }

    /// <summary>The sensitivity indices of an evaluation's framework method, as <see cref="Sensitivity(EvaluationRun)"/>
    /// computes them for a stored run, with the seed given.</summary>
    /// <returns>The indices, or the reason there are none, in English and Chinese.</returns>
    public static (SensitivityResult? Result, string? Reason, string? ReasonZh) Sensitivity(EvaluationResult evaluated, int seed)
    {
        ArgumentNullException.ThrowIfNull(evaluated);
        if (evaluated.Units.Count(u => !double.IsNaN(u.Rank)) < 2)
        {
            return (null, "fewer than 2 units are ranked.", "参与排名的单位少于 2 个。");
        }

        var u = evaluated.Framework.Uncertainty;
        var inputs = (u.WeightPerturbation > 0 ? 1 : 0) + (u.Normalisations?.Count > 1 ? 1 : 0) + (u.Aggregations?.Count > 1 ? 1 : 0) + (u.VaryInclusion ? 1 : 0);
        if (inputs < 2)
        {
            return (null, $"the framework's method varies {inputs} of its choices; it takes 2 to compare them.",
                $"该框架的方法只有 {inputs} 项选择是不确定的，至少要有 2 项才能比较。");
        }

        try
        {
            return (SensitivityAnalysis.Run(evaluated.Nominal, u.ToSpec(SensitivitySample, seed)), null, null);
        }
        catch (ArgumentException e)
        {
            // A method the engine cannot vary, e.g. a geometric mean over a normalisation that gives zeros.
            return (null, e.Message, "该框架的方法无法做敏感性分析：" + e.Message);
        }
    }

    /// <summary>The framework's demotion rule applied to the stored runs of the framework code: for each year its latest run.</summary>
    /// <returns>The rule and the units it demotes; <see langword="null"/> when the latest version has no demotion rule or there are no runs.</returns>
    /// <param name="frameworkCode">The framework's code.</param>
    /// <param name="includeUnpublished">Use every stored run (admins and analysts), or only the published ones.</param>
    /// <param name="ct">Cancels.</param>
    public async Task<(DemotionRule Rule, IReadOnlyList<DemotionFinding> Findings, IReadOnlyList<int> Years)?> DemotionAsync(string frameworkCode,
        bool includeUnpublished, CancellationToken ct)
    {
        var runs = await db.Set<EvaluationRun>().AsNoTracking().Where(r => r.FrameworkCode == frameworkCode)
            .Where(r => includeUnpublished || db.EvaluationPublications.Any(p => p.RunId == r.Id)).OrderBy(r => r.Id).ToListAsync(ct);
        if (runs.Count == 0 || FrameworkReader.Parse(runs[^1].FrameworkJson).Demotion is not { } rule)
        {
            return null;
        }

        var latest = runs.GroupBy(r => r.Period).Select(g => g.Last()).ToArray();
        var placings = new List<Placing>();
        foreach (var run in latest)
        {
            var year = int.Parse(run.Period, CultureInfo.InvariantCulture);
            var ranked = RunResults.FromJson(run.ResultsJson).Units.Where(u => u.Rank is not null).ToArray();
            var byGroup = rule.Scope == RankingScope.Group && ranked.All(u => u.Group is not null && u.GroupRank is not null);
            foreach (var group in ranked.GroupBy(u => byGroup ? u.Group : null))
            {
                var count = group.Count();
                placings.AddRange(group.Select(u => new Placing(u.Unit, year, (int)(byGroup ? u.GroupRank!.Value : u.Rank!.Value), count)));
            }
        }

        return (rule, Demotion.Evaluate(rule, placings), latest.Select(r => int.Parse(r.Period, CultureInfo.InvariantCulture)).Order().ToArray());
    }

    private static FieldErrors Refused(FrameworkVersion framework, string period, ArgumentException e)
    {
        var refused = new FieldErrors();
        refused.Add("frameworkId", $"{framework.Code} {framework.Version} cannot be evaluated on the {period} data: {e.Message}",
            $"{framework.Code} {framework.Version} 无法用 {period} 年的数据评价：{e.Message}");
        return refused;
    }

    private async Task<(FrameworkVersion? Framework, FieldErrors Errors)> ValidateAsync(int frameworkId, int year, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var framework = await GetFrameworkAsync(frameworkId, ct);
        if (framework is null)
        {
            errors.Add("frameworkId", $"No framework version {frameworkId}.", $"没有编号为 {frameworkId} 的框架版本。");
        }

        var periods = await PeriodsAsync(ct);
        if (!periods.Contains(year))
        {
            var years = string.Join(", ", periods.Order());
            errors.Add("year", $"No data for {year}: choose one of {years}.", $"没有 {year} 年的数据：请选择 {years} 之一。");
        }

        return (framework, errors);
    }

    private async Task<(RunSnapshot Snapshot, EvaluationRun? Previous)> SnapshotAsync(FrameworkVersion framework, int year, bool grouped, CancellationToken ct)
    {
        var definition = FrameworkReader.Parse(framework.Json, $"{framework.Code} {framework.Version}");
        var values = await zoneValues.ReadAsync(year, definition.Indicators.Select(i => i.Code).ToArray(), ct);
        var groups = grouped ? await zoneValues.LevelsAsync(ct) : null;
        var previous = await PreviousRunAsync(framework.Code, year, ct);
        var previousRanks = previous is null ? null : RunResults.FromJson(previous.ResultsJson).Units.Where(u => u.Rank is not null)
            .ToDictionary(u => u.Unit, u => u.Rank!.Value, StringComparer.Ordinal);
        var units = values.Select(v => v.Unit).ToHashSet(StringComparer.Ordinal);
        var snapshot = new RunSnapshot(values, groups?.Where(g => units.Contains(g.Key)).ToDictionary(g => g.Key, g => g.Value, StringComparer.Ordinal), previousRanks);
        return (snapshot, previous);
    }

    private async Task<EvaluationRun?> PreviousRunAsync(string code, int year, CancellationToken ct)
    {
        var runs = await db.Set<EvaluationRun>().AsNoTracking().Where(r => r.FrameworkCode == code)
            .Select(r => new { r.Id, r.Period }).ToListAsync(ct);
        var previous = runs.Select(r => (r.Id, Year: int.Parse(r.Period, CultureInfo.InvariantCulture))).Where(r => r.Year < year)
            .OrderByDescending(r => r.Year).ThenByDescending(r => r.Id).Select(r => (int?)r.Id).FirstOrDefault();
        return previous is null ? null : await GetRunAsync(previous.Value, ct);
    }

    private static EvaluationRun Copy(EvaluationRun run, string results) => new()
    {
        FrameworkCode = run.FrameworkCode, FrameworkVersion = run.FrameworkVersion, Period = run.Period, FrameworkJson = run.FrameworkJson,
        DataJson = run.DataJson, InputsJson = run.InputsJson, Replications = run.Replications, Seed = run.Seed, Grouped = run.Grouped,
        PreviousRunId = run.PreviousRunId, ResultsJson = results, ContentHash = string.Empty, CreatedBy = run.CreatedBy,
    };

    private static string Hash(EvaluationRun run)
    {
        var text = string.Join('\n', run.FrameworkCode, run.FrameworkVersion, run.Period, run.FrameworkJson, run.DataJson, run.InputsJson,
            run.Replications.ToString(CultureInfo.InvariantCulture), run.Seed.ToString(CultureInfo.InvariantCulture), run.ResultsJson);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}

/// <summary>What a new run evaluates.</summary>
/// <param name="FrameworkId">The framework version's id.</param>
/// <param name="Year">The year of the data.</param>
/// <param name="Replications">Monte Carlo replications (0: no rank intervals).</param>
/// <param name="Seed">Monte Carlo seed.</param>
/// <param name="Grouped">Whether zones are also ranked within their level (national, provincial).</param>
public sealed record RunRequest(int FrameworkId, int Year, int Replications = 1000, int Seed = 1, bool Grouped = true);

/// <summary>A run in a listing.</summary>
public sealed record RunSummary(int Id, string FrameworkCode, string FrameworkVersion, string Period, int Replications, int Seed, bool Grouped,
    int? PreviousRunId, string ContentHash, string CreatedBy, DateTime CreatedAtUtc, DateTime? PublishedAtUtc);

/// <summary>The outcome of a re-run.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Identical">Whether the recomputed results JSON equals the stored one byte for byte.</param>
/// <param name="StoredHash">The run's stored content hash.</param>
/// <param name="RecomputedHash">The content hash with the recomputed results.</param>
public sealed record RerunOutcome(int RunId, bool Identical, string StoredHash, string RecomputedHash);
