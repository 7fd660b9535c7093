using System.Text;
using System.Text.Json;
using ClusterScope.Data;
using ClusterScope.Data.Evaluation;
using ClusterScope.Web.Shared;

namespace ClusterScope.Web.Features.Evaluation;

/// <summary>Framework versions, evaluation runs, re-runs, demotion and exports under <c>/api/v1/evaluation</c>; admins save
/// frameworks and create and re-run runs; everyone may read.</summary>
internal static class EvaluationApi
{
    public static RouteGroupBuilder MapEvaluationApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/evaluation").WithTags("Evaluation");
        api.MapGet("/frameworks", ListFrameworksAsync);
        api.MapGet("/frameworks/{id:int}", GetFrameworkAsync);
        api.MapGet("/runs", ListRunsAsync);
        api.MapGet("/runs/{id:int}", GetRunAsync);
        api.MapGet("/runs/{id:int}/export/{file}", ExportAsync);
        api.MapGet("/runs/{id:int}/sensitivity", SensitivityAsync);
        api.MapGet("/demotion/{code}", DemotionAsync);
        api.MapGet("/coverage", CoverageAsync);
        var admin = app.MapGroup("/api/v1/evaluation").WithTags("Evaluation").RequireAuthorization(Policies.Admin);
        admin.MapPost("/frameworks", SaveFrameworkAsync).Accepts<JsonElement>("application/json");
        admin.MapPost("/runs", CreateRunAsync);
        admin.MapPost("/runs/{id:int}/rerun", RerunAsync);
        admin.MapPost("/runs/{id:int}/publish", PublishAsync);
        return api;
    }

    /// <summary>Every framework version (code, version, name, built-in, who saved it and when), without the JSON.</summary>
    public static async Task<IResult> ListFrameworksAsync(EvaluationService evaluation, CancellationToken ct) =>
        TypedResults.Ok((await evaluation.ListFrameworksAsync(ct)).Select(f => new { f.Id, f.Code, f.Version, f.Name, f.NameZh, f.IsBuiltIn, f.CreatedBy, f.CreatedAtUtc }));

    /// <summary>One framework version with its JSON.</summary>
    public static async Task<IResult> GetFrameworkAsync(int id, EvaluationService evaluation, CancellationToken ct) =>
        await evaluation.GetFrameworkAsync(id, ct) is { } f ? TypedResults.Ok(f) : NotFound("framework version", id);

    /// <summary>Saves the framework JSON in the body as a new version (admin). Errors name their JSON path.</summary>
    public static async Task<IResult> SaveFrameworkAsync(HttpRequest request, EvaluationService evaluation, AuditScopeFactory audit, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var (saved, errors) = await evaluation.SaveFrameworkAsync(await reader.ReadToEndAsync(ct), audit.ForRequest("api"), ct);
        return saved is null
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["framework"] = [.. errors] }, title: "Invalid framework")
            : TypedResults.Created($"/api/v1/evaluation/frameworks/{saved.Id}", new { saved.Id, saved.Code, saved.Version });
    }

    /// <summary>Every run, newest first (without data and results): the published ones, and for admins and analysts all.</summary>
    public static async Task<IResult> ListRunsAsync(HttpContext context, EvaluationService evaluation, CancellationToken ct) =>
        TypedResults.Ok(await evaluation.ListRunsAsync(Roles.ReadsAll(context.User), ct));

    /// <summary>First-order and total sensitivity indices of the run's ranks to each uncertain input of its method (weights,
    /// normalisation, aggregation, leaving an indicator out), from the run's seed; <c>reason</c> says why there are none.</summary>
    public static async Task<IResult> SensitivityAsync(int id, HttpContext context, EvaluationService evaluation, CancellationToken ct)
    {
        if (await evaluation.GetVisibleRunAsync(id, Roles.ReadsAll(context.User), ct) is not { } run)
        {
            return NotFound("run", id);
        }

        var (result, reason, _) = EvaluationService.Sensitivity(run);
        return TypedResults.Ok(new
        {
            RunId = id,
            BaseSample = EvaluationService.SensitivitySample,
            Inputs = result?.Factors.Select((f, i) => new
            {
                Input = f, FirstOrder = result.Estimate.FirstOrder[i], Total = result.Estimate.Total[i],
                FirstOrderInterval = result.Bootstrap.FirstOrder[i], TotalInterval = result.Bootstrap.Total[i],
            }),
            Variance = result?.Estimate.Variance,
            IntervalLevel = result?.Bootstrap.Level,
            BootstrapResamples = result?.Bootstrap.Resamples,
            Reason = reason,
        });
    }

    /// <summary>Publishes a run for everyone to read (admin; once and for good).</summary>
    public static async Task<IResult> PublishAsync(int id, EvaluationService evaluation, AuditScopeFactory audit, CancellationToken ct) =>
        await evaluation.PublishAsync(id, audit.ForRequest("api"), ct) ? TypedResults.Ok(await evaluation.PublicationAsync(id, ct)) : NotFound("run", id);

    /// <summary>One run: what it evaluated and its results (scores, ranks, rank intervals, group ranks, awards, exclusions, coherence, notes).</summary>
    public static async Task<IResult> GetRunAsync(int id, HttpContext context, EvaluationService evaluation, CancellationToken ct) =>
        await evaluation.GetVisibleRunAsync(id, Roles.ReadsAll(context.User), ct) is { } run
            ? TypedResults.Ok(new
            {
                run.Id, run.FrameworkCode, run.FrameworkVersion, run.Period, run.Replications, run.Seed, run.Grouped, run.PreviousRunId,
                run.ContentHash, run.CreatedBy, run.CreatedAtUtc, Command = RunExport.CommandLine(run), Results = RunResults.FromJson(run.ResultsJson),
            })
            : NotFound("run", id);

    /// <summary>Evaluates every development zone with a framework version in a year and stores the run (admin).</summary>
    public static async Task<IResult> CreateRunAsync(RunRequest request, EvaluationService evaluation, AuditScopeFactory audit, CancellationToken ct)
    {
        var (run, errors) = await evaluation.CreateRunAsync(request, audit.ForRequest("api"), ct);
        return run is null
            ? TypedResults.ValidationProblem(errors, title: "Invalid run")
            : TypedResults.Created($"/api/v1/evaluation/runs/{run.Id}", new { run.Id, run.ContentHash });
    }

    /// <summary>Computes a run again from what it stored and says whether the results are byte-identical (admin; writes nothing).</summary>
    public static async Task<IResult> RerunAsync(int id, EvaluationService evaluation, CancellationToken ct) =>
        await evaluation.RerunAsync(id, ct) is { } outcome ? TypedResults.Ok(outcome) : NotFound("run", id);

    /// <summary>The demotion rule of a framework code over its stored runs (the latest run of each year).</summary>
    public static async Task<IResult> DemotionAsync(string code, HttpContext context, EvaluationService evaluation, CancellationToken ct) =>
        await evaluation.DemotionAsync(code, Roles.ReadsAll(context.User), ct) is { } d
            ? TypedResults.Ok(new { Rule = d.Rule, Years = d.Years, Demoted = d.Findings })
            : TypedResults.Problem(statusCode: 404, title: "No demotion", detail: $"Framework '{code}' has no stored run whose framework states a demotion rule.");

    /// <summary>Before a run (admins and analysts): which indicators of a framework lack data for which zones in a year, and what
    /// a run will do about it (impute, drop the indicator, exclude the zone), in English and Chinese.</summary>
    public static async Task<IResult> CoverageAsync(int frameworkId, int year, bool? grouped, HttpContext context, EvaluationService evaluation,
        CancellationToken ct)
    {
        if (!Roles.ReadsAll(context.User))
        {
            return TypedResults.Forbid();
        }

        var (coverage, errors) = await evaluation.CoverageAsync(frameworkId, year, grouped ?? true, ct);
        return coverage is null
            ? TypedResults.ValidationProblem(errors)
            : TypedResults.Ok(new
            {
                coverage.Units,
                Indicators = coverage.Indicators.Select(i => new { i.Code, i.Name, i.NameZh, i.MissingUnits, Action = i.Action.ToString(), Treatment = i.Treatment }),
                Excluded = coverage.Excluded.Select(e => new { e.Unit, Reason = e.Reason }),
            });
    }

    /// <summary>A run as a file: <c>data.csv</c>, <c>framework.json</c>, <c>groups.csv</c>, <c>previous.csv</c> (inputs of
    /// <c>clusterscope evaluate</c>), <c>results.xlsx</c>, <c>report.html</c> or <c>report.pdf</c> (Chinese and English).</summary>
    public static async Task<IResult> ExportAsync(int id, string file, HttpContext context, EvaluationService evaluation, ClusterScopeDbContext db, CancellationToken ct)
    {
        var view = await RunView.LoadAsync(evaluation, db, id, Roles.ReadsAll(context.User), ct);
        if (view is null)
        {
            return NotFound("run", id);
        }

        var name = $"run-{id}-{file}";
        switch (file)
        {
            case "results.xlsx":
                var stream = new MemoryStream();
                await RunExport.WriteXlsxAsync(view.Run, view.Names.ToDictionary(n => n.Key, n => $"{n.Value.Zh} {n.Value.En}"), stream);
                return TypedResults.File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
            case "report.html":
                return TypedResults.Content(RunReport.Html(view), "text/html; charset=utf-8");
            case "report.pdf":
                try
                {
                    return TypedResults.File(await PdfPrinter.PrintAsync(RunReport.Html(view), ct), "application/pdf", name);
                }
                catch (InvalidOperationException e)
                {
                    return TypedResults.Problem(statusCode: 503, title: "PDF export unavailable", detail: e.Message);
                }
        }

        var files = RunExport.InputFiles(view.Run);
        return files.TryGetValue(file, out var text)
            ? TypedResults.File(Encoding.UTF8.GetBytes(text), file.EndsWith(".json", StringComparison.Ordinal) ? "application/json" : "text/csv", name)
            : TypedResults.Problem(statusCode: 404, title: "No such export",
                detail: $"Run {id} has no file '{file}'; it has {string.Join(", ", files.Keys.Concat(["results.xlsx", "report.html", "report.pdf"]))}.");
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotFound(string kind, int id) =>
        TypedResults.Problem(statusCode: 404, title: $"No such {kind}", detail: $"There is no {kind} {id}.");
}
