using System.Globalization;
using ClusterScope.Data.Access;
using ClusterScope.Data.Leads;
using ClusterScope.Data.Submissions;
using ClusterScope.Domain.Leads;
using ClusterScope.Web.Features.Api;
using ClusterScope.Web.Features.Submissions;
using ClusterScope.Web.Shared;

namespace ClusterScope.Web.Features.Leads;

/// <summary>Investment leads under <c>/api/v1/leads</c>: zone managers keep their zones' leads, admins verify wins, analysts read.</summary>
internal static class LeadApi
{
    /// <summary>A lead's fields with the version the caller saw (ignored on creation).</summary>
    public sealed record LeadBody(int Version, string? CompanyName, string? CreditCode, string? EnterpriseCode, string? CandidateCode, string? Origin,
        string? ZoneCode, string? ClusterCode, string? ChainCode, string? SegmentCode, double? ExpectedInvestment, int? ExpectedJobs,
        double? ExpectedOutput, string? NextAction, DateOnly? NextActionDue, string? Notes)
    {
        public LeadEdit Edit() => new()
        {
            CompanyName = CompanyName, CreditCode = CreditCode, EnterpriseCode = EnterpriseCode, CandidateCode = CandidateCode, Origin = Origin,
            ZoneCode = ZoneCode, ClusterCode = ClusterCode, ChainCode = ChainCode, SegmentCode = SegmentCode, ExpectedInvestment = ExpectedInvestment,
            ExpectedJobs = ExpectedJobs, ExpectedOutput = ExpectedOutput, NextAction = NextAction, NextActionDue = NextActionDue, Notes = Notes,
        };
    }

    /// <summary>A move: the version seen, the stage code (e.g. <c>signed</c>), the date it happened (default today) and a reason.</summary>
    public sealed record MoveBody(int Version, string? Stage, DateOnly? On, string? Reason);

    /// <summary>A verification step: the version seen and, for a rejection, the reason.</summary>
    public sealed record DecisionBody(int Version, string? Reason);

    public static RouteGroupBuilder MapLeadApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1/leads").WithTags("Leads").RequireAuthorization(p => p.RequireRole(Reporters.SeeingRoles));
        api.MapGet("/", ListAsync);
        api.MapGet("/{id:long}", GetAsync);
        api.MapGet("/{id:long}/impact", ImpactAsync);
        api.MapGet("/{id:long}/documents/{documentId:long}", DocumentAsync);
        api.MapGet("/funnel", FunnelAsync);
        api.MapGet("/overdue", OverdueAsync);
        api.MapGet("/verified", VerifiedAsync);
        api.MapGet("/events", EventsAsync).RequireAuthorization(Policies.ReadAll);
        api.MapPost("/", CreateAsync).RequireAuthorization(Policies.Report);
        api.MapPut("/{id:long}", UpdateAsync).RequireAuthorization(Policies.Report);
        api.MapPost("/{id:long}/move", MoveAsync).RequireAuthorization(Policies.Report);
        api.MapPost("/{id:long}/documents", AttachAsync).RequireAuthorization(Policies.Report);
        api.MapPost("/{id:long}/request-verification", RequestAsync).RequireAuthorization(Policies.Report);
        api.MapPost("/{id:long}/verify", VerifyAsync).RequireAuthorization(Policies.Admin);
        api.MapPost("/{id:long}/reject", RejectAsync).RequireAuthorization(Policies.Admin);
        return api;
    }

    /// <summary>The leads the caller sees (zone managers: their zones'), newest first; filters <c>zone</c>, <c>stage</c>
    /// (identified, contacted, visited, negotiating, signed, started, capital-arrived, in-production, lost) and <c>chain</c>.</summary>
    public static async Task<IResult> ListAsync(string? zone, string? stage, string? chain, HttpContext context, LeadQueries queries, ZoneOwnership ownership,
        CancellationToken ct)
    {
        if (StageOf(stage, out var parsed) is { } problem)
        {
            return problem;
        }

        var leads = await queries.ListAsync(await Reporters.OfAsync(context.User, ownership, ct), zone, parsed, chain, ct);
        return TypedResults.Ok(leads.Select(LeadView.Of));
    }

    /// <summary>The lead's expected impact through the regionalised input-output table (construction and one operating year,
    /// direct / indirect / induced); <c>table: null</c> with a reason when no table is loaded.</summary>
    public static async Task<IResult> ImpactAsync(long id, HttpContext context, LeadQueries queries, ZoneOwnership ownership,
        Data.Chains.ChainCatalogue catalogue, Data.InputOutput.ProjectImpacts impacts, CancellationToken ct)
    {
        if (await queries.FindAsync(id, await Reporters.OfAsync(context.User, ownership, ct), ct) is not { } lead)
        {
            return NotFound(id);
        }

        var (industry, basis) = await queries.IndustryOfAsync(lead, catalogue, ct);
        if (impacts.Estimate(lead.ExpectedInvestment, lead.ExpectedOutput, industry) is not { } impact)
        {
            return TypedResults.Ok(new { table = (string?)null, reason = "No input-output table is loaded; the lead's own figures are all there is." });
        }

        return TypedResults.Ok(new
        {
            table = impacts.TableId,
            method = impacts.Regionalisation?.Method.ToString().ToLowerInvariant() ?? "none",
            delta = impacts.Regionalisation?.Delta,
            impact.Description,
            units = new { money = "100m CNY", jobs = "persons" },
            sector = impact.Sector,
            industryCode = impact.IndustryCode,
            industryFrom = basis,
            construction = Phase(impact.Construction),
            operation = Phase(impact.Operation),
        });

        static object? Phase(Data.InputOutput.PhaseImpact? p) => p is null ? null : new
        {
            output = p.Output, valueAdded = p.ValueAdded, income = p.Income, jobs = p.Jobs,
            topSectors = p.TopSectors.Select(t => new { t.Sector.Code, t.Sector.NameZh, t.Sector.NameEn, t.Output }),
        };
    }

    /// <summary>One lead with its history, its documents (names and sizes) and the leads that look like the same project. 404
    /// for another zone's lead.</summary>
    public static async Task<IResult> GetAsync(long id, HttpContext context, LeadQueries queries, LeadService service, ZoneOwnership ownership, CancellationToken ct)
    {
        if (await queries.FindAsync(id, await Reporters.OfAsync(context.User, ownership, ct), ct) is not { } lead)
        {
            return NotFound(id);
        }

        var duplicates = await service.DuplicatesAsync(lead, ct);
        return TypedResults.Ok(new
        {
            lead = LeadView.Of(lead),
            history = lead.History.OrderBy(h => h.Id).Select(h => new { from = h.From is { } f ? LeadStages.Code(f) : null, to = LeadStages.Code(h.To), h.On, h.Reason, h.By }),
            documents = lead.Documents.Select(d => new { d.Id, d.FileName, d.ContentType, d.Size, d.IsEvidence, d.UploadedBy, d.UploadedAtUtc }),
            suspectedDuplicates = duplicates.Select(d => new { d.Id, d.CompanyName, d.ZoneCode, stage = LeadStages.Code(d.Stage), verified = d.CountsAsWin }),
        });
    }

    /// <summary>A document's bytes, as an attachment.</summary>
    public static async Task<IResult> DocumentAsync(long id, long documentId, HttpContext context, LeadQueries queries, ZoneOwnership ownership, CancellationToken ct) =>
        await queries.DocumentAsync(id, documentId, await Reporters.OfAsync(context.User, ownership, ct), ct) is { } document
            ? TypedResults.File(document.Content, document.ContentType, document.FileName)
            : RegistryApi.NotFound("document", documentId.ToString(CultureInfo.InvariantCulture));

    /// <summary>Per stage: leads that reached it, are at it now, went on, the conversion rate and the median days in it; <c>zone</c> narrows.</summary>
    public static async Task<IResult> FunnelAsync(string? zone, HttpContext context, LeadQueries queries, ZoneOwnership ownership, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok((await queries.FunnelAsync(await Reporters.OfAsync(context.User, ownership, ct), zone, Today(clock), ct))
            .Select(f => new { stage = LeadStages.Code(f.Stage), f.Reached, f.Now, f.WentOn, f.Conversion, f.MedianDays }));

    /// <summary>Live leads whose next action is past due, most overdue first.</summary>
    public static async Task<IResult> OverdueAsync(HttpContext context, LeadQueries queries, ZoneOwnership ownership, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok((await queries.OverdueAsync(await Reporters.OfAsync(context.User, ownership, ct), Today(clock), ct)).Select(LeadView.Of));

    /// <summary>Verified wins by zone and signing year: count, expected investment (100m CNY) and jobs.</summary>
    public static async Task<IResult> VerifiedAsync(HttpContext context, LeadQueries queries, ZoneOwnership ownership, CancellationToken ct) =>
        TypedResults.Ok(await queries.VerifiedTotalsAsync(await Reporters.OfAsync(context.User, ownership, ct), ct));

    /// <summary>Recorded lead events after id <c>after</c> (oldest first, at most <c>limit</c>, default 100): what a notifier reads.</summary>
    public static async Task<IResult> EventsAsync(string? after, string? limit, LeadQueries queries, CancellationToken ct)
    {
        var q = new QueryParameters();
        var from = q.Int("after", after, 0) ?? 0;
        var take = q.Int("limit", limit, 1, 1000) ?? 100;
        return q.HasErrors ? q.Problem() : TypedResults.Ok(await queries.EventsAsync(from, take, ct));
    }

    /// <summary>Creates a lead at "identified". 201 with its id; 400 naming each bad field.</summary>
    public static async Task<IResult> CreateAsync(LeadBody body, HttpContext context, LeadService service, ZoneOwnership ownership, AuditScopeFactory audit,
        CancellationToken ct)
    {
        var user = await Reporters.OfAsync(context.User, ownership, ct);
        if (!string.IsNullOrWhiteSpace(body.ZoneCode) && !user.Reports(body.ZoneCode.Trim()))
        {
            return RegistryApi.NotFound("zone among yours", body.ZoneCode);
        }

        var outcome = await service.CreateAsync(body.Edit(), user, audit.ForRequest("api"), ct);
        return outcome.Status == ReviewStatus.Done ? TypedResults.Created($"/api/v1/leads/{outcome.Id}", new { outcome.Id, outcome.Version }) : Respond(outcome, "companyName");
    }

    /// <summary>Changes a lead's fields. 409 when it changed after <c>version</c>.</summary>
    public static async Task<IResult> UpdateAsync(long id, LeadBody body, HttpContext context, LeadService service, ZoneOwnership ownership, AuditScopeFactory audit,
        CancellationToken ct) =>
        Respond(await service.UpdateAsync(id, body.Version, body.Edit(), await Reporters.OfAsync(context.User, ownership, ct), audit.ForRequest("api"), ct), "companyName");

    /// <summary>Moves a lead to <c>stage</c>; skipping, going back, losing and reopening need a <c>reason</c>.</summary>
    public static async Task<IResult> MoveAsync(long id, MoveBody body, HttpContext context, LeadService service, ZoneOwnership ownership, AuditScopeFactory audit,
        CancellationToken ct)
    {
        if (LeadStages.Parse(body.Stage) is not { } stage)
        {
            return UnknownStage(body.Stage);
        }

        return Respond(await service.MoveAsync(id, body.Version, stage, body.On, body.Reason, await Reporters.OfAsync(context.User, ownership, ct),
            audit.ForRequest("api"), ct), "reason");
    }

    /// <summary>Attaches a document (multipart field <c>file</c>; <c>evidence=true</c> marks the evidence of a win; <c>version</c>
    /// the version seen): pdf, png, jpg, docx or xlsx up to 10 MB, recognised by content.</summary>
    public static async Task<IResult> AttachAsync(long id, HttpRequest request, LeadService service, ZoneOwnership ownership, AuditScopeFactory audit,
        CancellationToken ct)
    {
        var form = request.HasFormContentType ? await request.ReadFormAsync(ct) : null;
        if (form?.Files.GetFile("file") is not { } file)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["Send the document as multipart/form-data in a field named 'file'."] });
        }

        if (!int.TryParse(form["version"], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["version"] = ["Give the version of the lead you saw (field 'version')."] });
        }

        if (file.Length > LeadDocumentRules.MaxBytes)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["The file is larger than 10 MB."] });
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var evidence = string.Equals(form["evidence"], "true", StringComparison.OrdinalIgnoreCase);
        return Respond(await service.AttachAsync(id, version, file.FileName, buffer.ToArray(), evidence, await Reporters.OfAsync(request.HttpContext.User, ownership, ct),
            audit.ForRequest("api"), ct), "file");
    }

    /// <summary>Asks a province reviewer to verify the win (signed or later, with evidence attached).</summary>
    public static async Task<IResult> RequestAsync(long id, DecisionBody body, HttpContext context, LeadService service, ZoneOwnership ownership, AuditScopeFactory audit,
        CancellationToken ct) =>
        Respond(await service.RequestVerificationAsync(id, body.Version, await Reporters.OfAsync(context.User, ownership, ct), audit.ForRequest("api"), ct), "version");

    /// <summary>Verifies a win: admins other than its owner and the one who asked; refused for a project counted already.</summary>
    public static async Task<IResult> VerifyAsync(long id, DecisionBody body, HttpContext context, LeadService service, ZoneOwnership ownership, AuditScopeFactory audit,
        CancellationToken ct) =>
        Respond(await service.DecideAsync(id, body.Version, true, null, await Reporters.OfAsync(context.User, ownership, ct), audit.ForRequest("api"), ct), "version");

    /// <summary>Rejects a win with a required <c>reason</c> the owner reads.</summary>
    public static async Task<IResult> RejectAsync(long id, DecisionBody body, HttpContext context, LeadService service, ZoneOwnership ownership, AuditScopeFactory audit,
        CancellationToken ct) =>
        Respond(await service.DecideAsync(id, body.Version, false, body.Reason, await Reporters.OfAsync(context.User, ownership, ct), audit.ForRequest("api"), ct), "reason");

    private static readonly string KnownStages = string.Join(", ", Enum.GetValues<LeadStage>().Select(LeadStages.Code));

    private static Microsoft.AspNetCore.Http.HttpResults.ValidationProblem? StageOf(string? text, out LeadStage? stage)
    {
        stage = string.IsNullOrWhiteSpace(text) ? null : LeadStages.Parse(text);
        return !string.IsNullOrWhiteSpace(text) && stage is null ? UnknownStage(text) : null;
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ValidationProblem UnknownStage(string? text) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["stage"] = [$"Unknown stage '{text}'. Known: {KnownStages}."] });

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotFound(long id) => RegistryApi.NotFound("lead", id.ToString(CultureInfo.InvariantCulture));

    private static IResult Respond(LeadOutcome outcome, string field) => outcome.Status switch
    {
        ReviewStatus.Done => TypedResults.Ok(new { outcome.Id, outcome.Version }),
        ReviewStatus.NotFound => TypedResults.Problem(statusCode: 404, title: "Not found", detail: outcome.Message),
        ReviewStatus.Conflict => TypedResults.Problem(statusCode: 409, title: "Conflict", detail: outcome.Message,
            extensions: new Dictionary<string, object?> { ["detailZh"] = outcome.MessageZh }),
        ReviewStatus.NotAllowed => TypedResults.Problem(statusCode: 403, title: "Not allowed", detail: outcome.Message,
            extensions: new Dictionary<string, object?> { ["detailZh"] = outcome.MessageZh }),
        _ when outcome.Errors is { Count: > 0 } errors => TypedResults.ValidationProblem(errors.ToDictionary(e => e.Key, e => e.Value),
            extensions: new Dictionary<string, object?> { ["errorsZh"] = errors.In(chinese: true) }),
        _ => TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [outcome.Message ?? "Invalid."] },
            extensions: new Dictionary<string, object?> { ["detailZh"] = outcome.MessageZh }),
    };
}
