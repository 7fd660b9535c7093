using ClusterScope.Data.Registry;
using ClusterScope.Data.Targets;
using ClusterScope.Domain.Targets;
using ClusterScope.Web.Features.Api;
using ClusterScope.Web.Shared;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClusterScope.Web.Features.Plans;

/// <summary>Plans, their targets, progress for a period, drill-down and consistency findings under <c>/api/v1/plans</c>;
/// admins create and edit plans and targets.</summary>
internal static class PlanApi
{
    public static RouteGroupBuilder MapPlanApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/plans").WithTags("Plans");
        api.MapGet("/", ListPlansAsync);
        api.MapGet("/{code}", GetPlanAsync);
        api.MapGet("/{code}/progress", ProgressAsync);
        api.MapGet("/{code}/findings", FindingsAsync);
        api.MapGet("/{code}/targets/{id:int}/entities", EntitiesAsync);
        var admin = app.MapGroup("/api/v1/plans").WithTags("Plans").RequireAuthorization(Policies.Admin);
        admin.MapPost("/", CreatePlanAsync);
        admin.MapPut("/{code}", UpdatePlanAsync);
        admin.MapPost("/{code}/targets", AddTargetAsync);
        admin.MapPut("/{code}/targets/{id:int}", UpdateTargetAsync);
        admin.MapDelete("/{code}/targets/{id:int}", DeleteTargetAsync);
        return api;
    }

    /// <summary>Lists the plans with their period, number of targets, the year each opens on and its targets counted by status there.</summary>
    public static async Task<Ok<IReadOnlyList<PlanSummary>>> ListPlansAsync(PlanService plans, CancellationToken ct) =>
        TypedResults.Ok(await plans.ListPlanStatusesAsync(ct));

    /// <summary>One plan with its targets (kind, comparator, value, deadline, baseline, condition, source text).</summary>
    public static async Task<Results<Ok<Plan>, ProblemHttpResult>> GetPlanAsync(string code, PlanService plans, CancellationToken ct) =>
        await plans.GetPlanAsync(code, ct) is { } plan ? TypedResults.Ok(plan) : RegistryApi.NotFound("plan", code);

    /// <summary>Every target evaluated for a period: current value, gap, percent achieved, status and forecasts to the deadline.
    /// <c>period</c> is a year, or <c>latest</c> (the latest year whose coverage reaches <c>Periods:MinimumCoverage</c>); without it a
    /// plan whose deadline has passed opens on its last year. <c>method</c> (LinearTrend, CompoundGrowth) and <c>atRisk</c> (0-1) change
    /// the status rule.</summary>
    public static async Task<IResult> ProgressAsync(string code, string? period, string? method, string? atRisk, PlanService plans, CancellationToken ct)
    {
        var q = new QueryParameters();
        var year = await PlanYearAsync(q, code, period, plans, ct);
        var rule = new StatusRule(q.Enum<ForecastMethod>("method", method) ?? StatusRule.Default.Method, q.Double("atRisk", atRisk, 0, 1) ?? StatusRule.Default.AtRiskFraction);
        if (q.HasErrors)
        {
            return q.Problem();
        }

        return await plans.ProgressAsync(code, year, rule, ct) is { } progress ? TypedResults.Ok(progress) : RegistryApi.NotFound("plan", code);
    }

    /// <summary>The plan's consistency findings: parts versus whole, implied quantities against the observed figures, deadlines
    /// outside the period, duplicates, counts beyond the registry.</summary>
    public static async Task<IResult> FindingsAsync(string code, PlanService plans, CancellationToken ct) =>
        await plans.FindingsAsync(code, ct) is { } findings ? TypedResults.Ok(findings) : RegistryApi.NotFound("plan", code);

    /// <summary>The entities behind a target's number in a period (a year, or <c>latest</c>), largest first.</summary>
    public static async Task<IResult> EntitiesAsync(string code, int id, string? period, PlanService plans, CancellationToken ct)
    {
        var q = new QueryParameters();
        var year = await PlanYearAsync(q, code, period, plans, ct);
        if (q.HasErrors)
        {
            return q.Problem();
        }

        return await plans.EntitiesAsync(code, id, year, ct) is { } entities ? TypedResults.Ok(entities) : RegistryApi.NotFound("target", $"{code}/{id}");
    }

    /// <summary>Creates a plan (admin). Its targets are added one by one.</summary>
    public static async Task<IResult> CreatePlanAsync(PlanEdit edit, PlanEditor editor, AuditScopeFactory audit, CancellationToken ct)
    {
        var outcome = await editor.CreatePlanAsync(edit, audit.ForRequest("api"), ct);
        return outcome.Status == EditStatus.Saved
            ? TypedResults.Created($"/api/v1/plans/{edit.Code}", new { code = edit.Code, version = outcome.Version })
            : ToResult("plan", edit.Code, outcome);
    }

    /// <summary>Edits a plan (admin). Send the <c>version</c> you read; a newer version answers 409 and writes nothing.</summary>
    public static async Task<IResult> UpdatePlanAsync(string code, PlanEdit edit, PlanEditor editor, AuditScopeFactory audit, CancellationToken ct) =>
        ToResult("plan", code, await editor.UpdatePlanAsync(code, edit, audit.ForRequest("api"), ct));

    /// <summary>Adds a target to a plan (admin); <c>planVersion</c> is the plan version you read.</summary>
    public static async Task<IResult> AddTargetAsync(string code, TargetEdit edit, PlanEditor editor, AuditScopeFactory audit, CancellationToken ct)
    {
        var (outcome, id) = await editor.SaveTargetAsync(code, null, edit, audit.ForRequest("api"), ct);
        return outcome.Status == EditStatus.Saved
            ? TypedResults.Created($"/api/v1/plans/{code}/targets/{id}/entities", new { id, planVersion = outcome.Version })
            : ToResult("plan", code, outcome);
    }

    /// <summary>Changes a target (admin); <c>planVersion</c> is the plan version you read.</summary>
    public static async Task<IResult> UpdateTargetAsync(string code, int id, TargetEdit edit, PlanEditor editor, AuditScopeFactory audit, CancellationToken ct)
    {
        var (outcome, _) = await editor.SaveTargetAsync(code, id, edit, audit.ForRequest("api"), ct);
        return ToResult("target", $"{code}/{id}", outcome);
    }

    /// <summary>Deletes a target (admin); <c>version</c> is the plan version you read.</summary>
    public static async Task<IResult> DeleteTargetAsync(string code, int id, string? version, PlanEditor editor, AuditScopeFactory audit, CancellationToken ct)
    {
        var q = new QueryParameters();
        var planVersion = q.Int("version", version, 0);
        if (planVersion is null)
        {
            q.Errors.TryAdd("version", ["version (the plan version you read) is required."]);
        }

        return q.HasErrors ? q.Problem() : ToResult("target", $"{code}/{id}", await editor.DeleteTargetAsync(code, id, planVersion!.Value, audit.ForRequest("api"), ct));
    }

    // "latest" is the default year by coverage; no period is the plan's own default (its last year once that has passed).
    internal static async Task<int?> PlanYearAsync(QueryParameters q, string code, string? period, PlanService plans, CancellationToken ct)
    {
        var year = q.YearOrLatest("period", period);
        var latest = period?.Trim().Equals("latest", StringComparison.OrdinalIgnoreCase) == true;
        return latest ? (await plans.PeriodsAsync(code, null, ct))?.Default : year;
    }

    private static IResult ToResult(string kind, string code, EditOutcome outcome) => outcome.Status switch
    {
        EditStatus.Saved => TypedResults.Ok(new { code, version = outcome.Version }),
        EditStatus.Invalid => TypedResults.ValidationProblem(outcome.Errors!.ToDictionary(e => e.Key, e => e.Value), title: $"Invalid {kind}"),
        EditStatus.Conflict => TypedResults.Problem(statusCode: 409, title: "Edit conflict",
            detail: $"The plan was changed by someone else after you loaded it. Reload it, reapply your change and save again."),
        _ => RegistryApi.NotFound(kind, code),
    };
}
