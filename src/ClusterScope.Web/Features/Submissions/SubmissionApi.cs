using ClusterScope.Data.Access;
using ClusterScope.Data.Submissions;
using ClusterScope.Domain.Submissions;
using ClusterScope.Web.Features.Api;
using ClusterScope.Web.Shared;

namespace ClusterScope.Web.Features.Submissions;

/// <summary>Zone submissions under <c>/api/v1/submissions</c>: zone managers submit their zones' figures, admins review them.</summary>
internal static class SubmissionApi
{
    /// <summary>The version the user saw, and for a rejection the reason.</summary>
    public sealed record ReviewRequest(int Version, string? Reason);

    /// <summary>The reason for dismissing a flag.</summary>
    public sealed record DismissRequest(string? Reason);

    public static RouteGroupBuilder MapSubmissionApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/submissions").WithTags("Submissions")
            .RequireAuthorization(p => p.RequireRole(Reporters.SeeingRoles));
        api.MapGet("/", ListAsync);
        api.MapGet("/{id:long}", GetAsync);
        // A cookie caller's upload needs the antiforgery token like every other write (Shared/ProofOfOrigin); token callers do not.
        api.MapPost("/", SubmitAsync).RequireAuthorization(Policies.Report);
        api.MapPost("/{id:long}/withdraw", WithdrawAsync).RequireAuthorization(Policies.Report);
        api.MapPost("/{id:long}/approve", ApproveAsync).RequireAuthorization(Policies.Admin);
        api.MapPost("/{id:long}/reject", RejectAsync).RequireAuthorization(Policies.Admin);
        api.MapPost("/{id:long}/flags/{flagId:long}/dismiss", DismissFlagAsync).RequireAuthorization(Policies.Admin);
        return api;
    }

    /// <summary>The submissions the caller may see (zone managers: their zones'; admins and analysts: all), newest first;
    /// <c>status</c> filters (Submitted, Approved, Rejected, Withdrawn).</summary>
    public static async Task<IResult> ListAsync(string? status, HttpContext context, SubmissionQueries queries, ZoneOwnership ownership, CancellationToken ct)
    {
        var q = new QueryParameters();
        var filter = q.Enum<SubmissionStatus>("status", status);
        return q.HasErrors ? q.Problem() : TypedResults.Ok(await queries.ListAsync(await Reporters.OfAsync(context.User, ownership, ct), filter, ct));
    }

    /// <summary>One submission: its figures beside the approved values, and its plausibility flags. 404 for a submission the caller may not see.</summary>
    public static async Task<IResult> GetAsync(long id, HttpContext context, SubmissionQueries queries, ZoneOwnership ownership, CancellationToken ct) =>
        await queries.GetAsync(id, await Reporters.OfAsync(context.User, ownership, ct), ct) is { } detail
            ? TypedResults.Ok(detail)
            : RegistryApi.NotFound("submission", id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Submits a CSV or XLSX file of observations (multipart field <c>file</c>) for <c>zone</c>; every row must belong to that
    /// zone. <c>dryRun=true</c> checks and previews without storing. 201 with the submission; 400 with every error when the file is refused.</summary>
    public static async Task<IResult> SubmitAsync(string? zone, HttpRequest request, SubmissionService service, ZoneOwnership ownership,
        AuditScopeFactory audit, CancellationToken ct, bool dryRun = false)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync(ct) : null;
        if (string.IsNullOrWhiteSpace(zone))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["zone"] = ["Name the zone the figures are for: ?zone=CODE."] });
        }

        if (form?.Files.GetFile("file") is not { } file)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["Send the file as multipart/form-data in a field named 'file'."] });
        }

        var user = await Reporters.OfAsync(request.HttpContext.User, ownership, ct);
        if (!user.Reports(zone))
        {
            return RegistryApi.NotFound("zone among yours", zone);
        }

        if (Uploads.SafeName(file.FileName) is not { } name)
        {
            return Uploads.BadName();
        }

        var path = await Uploads.SaveAsync(file, name, ct);
        try
        {
            var preview = await service.SubmitAsync(user, zone, path, name, dryRun, audit.ForRequest("api"), ct);
            if (preview.Report.Refused)
            {
                return TypedResults.Problem(statusCode: 400, title: "Submission refused",
                    detail: $"{preview.Report.ErrorCount} error(s) in {preview.Report.RowsRefused} of {preview.Report.RowsRead} rows of {name}; nothing was stored.",
                    extensions: new Dictionary<string, object?> { ["errors"] = preview.Report.Errors, ["errorCount"] = preview.Report.ErrorCount });
            }

            return preview.SubmissionId is { } id ? TypedResults.Created($"/api/v1/submissions/{id}", preview) : TypedResults.Ok(preview);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Approves a submission awaiting review (admins other than the submitter): its figures become observations. 409 when
    /// the submission changed after <c>version</c>.</summary>
    public static async Task<IResult> ApproveAsync(long id, ReviewRequest request, HttpContext context, SubmissionService service,
        ZoneOwnership ownership, AuditScopeFactory audit, CancellationToken ct) =>
        Respond(await service.ApproveAsync(id, request.Version, await Reporters.OfAsync(context.User, ownership, ct), audit.ForRequest("api"), ct), "version");

    /// <summary>Rejects a submission awaiting review with a required <c>reason</c>. 409 when it changed after <c>version</c>.</summary>
    public static async Task<IResult> RejectAsync(long id, ReviewRequest request, HttpContext context, SubmissionService service,
        ZoneOwnership ownership, AuditScopeFactory audit, CancellationToken ct) =>
        Respond(await service.RejectAsync(id, request.Version, request.Reason, await Reporters.OfAsync(context.User, ownership, ct), audit.ForRequest("api"), ct), "reason");

    /// <summary>Withdraws one's own submission before review. 409 when it changed after <c>version</c>.</summary>
    public static async Task<IResult> WithdrawAsync(long id, ReviewRequest request, HttpContext context, SubmissionService service,
        ZoneOwnership ownership, AuditScopeFactory audit, CancellationToken ct) =>
        Respond(await service.WithdrawAsync(id, request.Version, await Reporters.OfAsync(context.User, ownership, ct), audit.ForRequest("api"), ct), "version");

    /// <summary>Dismisses a plausibility flag with a required <c>reason</c>; who, when and why are kept and audited.</summary>
    public static async Task<IResult> DismissFlagAsync(long id, long flagId, DismissRequest request, HttpContext context, SubmissionService service,
        ZoneOwnership ownership, AuditScopeFactory audit, CancellationToken ct) =>
        Respond(await service.DismissFlagAsync(id, flagId, request.Reason, await Reporters.OfAsync(context.User, ownership, ct), audit.ForRequest("api"), ct), "reason");

    private static IResult Respond(ReviewOutcome outcome, string field) => outcome.Status switch
    {
        ReviewStatus.Done => TypedResults.Ok(new { version = outcome.Version }),
        ReviewStatus.NotFound => TypedResults.Problem(statusCode: 404, title: "Not found", detail: outcome.Message),
        ReviewStatus.Conflict => TypedResults.Problem(statusCode: 409, title: "Conflict", detail: outcome.Message,
            extensions: new Dictionary<string, object?> { ["detailZh"] = outcome.MessageZh }),
        ReviewStatus.NotAllowed => TypedResults.Problem(statusCode: 403, title: "Not allowed", detail: outcome.Message,
            extensions: new Dictionary<string, object?> { ["detailZh"] = outcome.MessageZh }),
        _ => TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [outcome.Message ?? "Invalid."] }),
    };
}
