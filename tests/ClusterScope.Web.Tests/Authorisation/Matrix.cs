using System.Globalization;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using ClusterScope.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Web.Tests.Authorisation;

/// <summary>One request of the matrix: a form or a body (the runner adds the caller's antiforgery token to either).</summary>
public sealed record MatrixRequest(HttpMethod Method, string Url, Dictionary<string, string>? Form = null, HttpContent? Body = null);

/// <summary>One endpoint of the matrix: who may call it, whether the admin's call below really changes data, and the call.</summary>
/// <param name="Endpoint">The key <see cref="WriteEndpoints"/> gives the endpoint.</param>
/// <param name="Allowed">The callers that pass authorisation; every other caller is denied.</param>
/// <param name="AdminCallWrites">True when the request is a valid change, so the admin's call must add audit entries: this shows
/// the denied callers were refused a call that would have written.</param>
/// <param name="Build">The request.</param>
/// <param name="HiddenAsNotFound">The record belongs to zone A: callers who may not see it get 404, which then counts as denied
/// (the app answers 404, not 403, so that nothing leaks about another zone's records).</param>
public sealed record MatrixRow(string Endpoint, IReadOnlySet<Caller> Allowed, bool AdminCallWrites, Func<MatrixApp, Task<MatrixRequest>> Build,
    bool HiddenAsNotFound = false);

/// <summary>The authorisation matrix: every write endpoint and every protected read, with the callers allowed.</summary>
/// <remarks>Rule for "denied": an API route answers 401 (anonymous) or 403 (signed in); a page redirects (302) to
/// /account/login. "Allowed" is anything else below 500. A denied call must leave the database unchanged. The cross-origin
/// callers (<see cref="Caller.AdminWithoutToken"/>, <see cref="Caller.AdminFromForeignOrigin"/>) are not listed in the rows: they
/// read what the admin reads and are refused every write (403, or 400 from a page's own antiforgery check).</remarks>
public static partial class Matrix
{
    public static readonly IReadOnlySet<Caller> Everyone = Enum.GetValues<Caller>().ToHashSet();

    public static readonly IReadOnlySet<Caller> AdminOnly = new HashSet<Caller> { Caller.Admin };

    /// <summary>Every signed-in caller: each manages their own API tokens.</summary>
    public static readonly IReadOnlySet<Caller> SignedIn = Everyone.Where(c => c != Caller.Anonymous).ToHashSet();

    /// <summary>The user whose tokens the admin's calls manage.</summary>
    private const string TokenOwner = "matrix-target";

    /// <summary>Those who see submissions at all (zone managers only their zones').</summary>
    public static readonly IReadOnlySet<Caller> SubmissionReaders = new HashSet<Caller> { Caller.Admin, Caller.Analyst, Caller.ManagerOfZoneA, Caller.ManagerOfZoneB };

    /// <summary>Those who see zone A's submissions.</summary>
    public static readonly IReadOnlySet<Caller> ZoneAReaders = new HashSet<Caller> { Caller.Admin, Caller.Analyst, Caller.ManagerOfZoneA };

    /// <summary>Those who report figures (zone managers for their zones).</summary>
    public static readonly IReadOnlySet<Caller> Reporters = new HashSet<Caller> { Caller.Admin, Caller.ManagerOfZoneA, Caller.ManagerOfZoneB };

    /// <summary>The one who submitted zone A's submission: only a submitter withdraws.</summary>
    public static readonly IReadOnlySet<Caller> SubmitterOfA = new HashSet<Caller> { Caller.ManagerOfZoneA };

    /// <summary>Those who report zone A's figures.</summary>
    public static readonly IReadOnlySet<Caller> ZoneAReporters = new HashSet<Caller> { Caller.Admin, Caller.ManagerOfZoneA };

    /// <summary>Those who read everything: admins and analysts.</summary>
    public static readonly IReadOnlySet<Caller> ReadersOfAll = new HashSet<Caller> { Caller.Admin, Caller.Analyst };

    public static readonly IReadOnlyList<MatrixRow> Rows =
    [
        // Sign-in and sign-out: anyone.
        new("POST /account/login", Everyone, false, _ => Form("/account/login", ("UserName", "nobody-matrix"), ("Password", "wrong-password-1"))),
        new("POST /account/logout", Everyone, false, _ => Form("/account/logout")),

        // API tokens: everyone signed in manages their own; admins anyone's.
        new("GET /api/v1/account/tokens/", SignedIn, false, _ => Get("/api/v1/account/tokens")),
        new("POST /api/v1/account/tokens/", SignedIn, true, _ => Task.FromResult(Json(HttpMethod.Post, "/api/v1/account/tokens", new { name = "matrix" }))),
        new("DELETE /api/v1/account/tokens/{id:long}", SignedIn, true, async m =>
            new MatrixRequest(HttpMethod.Delete, $"/api/v1/account/tokens/{await m.LiveTokenAsync("admin")}")),
        new("GET /account/tokens", SignedIn, false, _ => Get("/account/tokens")),
        new("POST /account/tokens", SignedIn, true, _ => Form("/account/tokens", ("NewToken.Name", "matrix"))),
        new("POST /account/tokens?handler=Revoke", SignedIn, true, async m =>
            await Form("/account/tokens?handler=Revoke", ("TokenId", (await m.LiveTokenAsync("admin")).ToString(CultureInfo.InvariantCulture)))),
        new("GET /api/v1/users/{userName}/tokens/", AdminOnly, false, _ => Get($"/api/v1/users/{TokenOwner}/tokens")),
        new("POST /api/v1/users/{userName}/tokens/", AdminOnly, true, _ =>
            Task.FromResult(Json(HttpMethod.Post, $"/api/v1/users/{TokenOwner}/tokens", new { name = "matrix", readOnly = true }))),
        new("DELETE /api/v1/users/{userName}/tokens/{id:long}", AdminOnly, true, async m =>
            new MatrixRequest(HttpMethod.Delete, $"/api/v1/users/{TokenOwner}/tokens/{await m.LiveTokenAsync(TokenOwner)}")),
        new("POST /admin/users/{id}?handler=CreateToken", AdminOnly, true, m =>
            Form($"/admin/users/{m.TargetUserId}?handler=CreateToken", ("NewToken.Name", "matrix"))),
        new("POST /admin/users/{id}?handler=RevokeToken", AdminOnly, true, async m =>
            await Form($"/admin/users/{m.TargetUserId}?handler=RevokeToken", ("TokenId", (await m.LiveTokenAsync(TokenOwner)).ToString(CultureInfo.InvariantCulture)))),
        // The second step of sign-in: anyone (without a right password first it only sends back to the form).
        new("POST /account/login/two-factor", Everyone, false, _ => Form("/account/login/two-factor", ("Code", "000000"))),
        // One's own second factor: every signed-in user (a wrong code, and turning off what is off, change nothing).
        new("GET /account/two-factor", SignedIn, false, _ => Get("/account/two-factor")),
        new("POST /account/two-factor", SignedIn, false, _ => Form("/account/two-factor", ("Code", "000000"))),
        new("POST /account/two-factor?handler=Disable", SignedIn, false, _ => Form("/account/two-factor?handler=Disable")),

        // Registry edits: admin only.
        new("PUT /api/v1/zones/{code}", AdminOnly, true, async m =>
        {
            var z = await Zone(m);
            return Json(HttpMethod.Put, $"/api/v1/zones/{m.ZoneA}", new
            {
                nameZh = z.NameZh, nameEn = z.NameEn + " ·", leadingIndustriesZh = z.LeadingIndustriesZh, leadingIndustriesEn = z.LeadingIndustriesEn,
                areaHectares = z.AreaHectares, ecoIndustrialStatus = z.EcoIndustrialStatus.ToString(), version = z.Version,
            });
        }),
        new("POST /zones/{code}/edit", AdminOnly, true, async m =>
        {
            var z = await Zone(m);
            return await Form($"/zones/{m.ZoneA}/edit", ("NameZh", z.NameZh), ("NameEn", z.NameEn + " ·"), ("LeadingIndustriesZh", z.LeadingIndustriesZh ?? ""),
                ("LeadingIndustriesEn", z.LeadingIndustriesEn ?? ""), ("AreaHectares", z.AreaHectares?.ToString(CultureInfo.InvariantCulture) ?? ""),
                ("EcoIndustrialStatus", z.EcoIndustrialStatus.ToString()), ("Version", Text(z.Version)));
        }),
        new("PUT /api/v1/clusters/{code}", AdminOnly, true, async m =>
        {
            var c = await Cluster(m);
            return Json(HttpMethod.Put, $"/api/v1/clusters/{m.ClusterOfA}", new { nameZh = c.NameZh, nameEn = c.NameEn + " ·", version = c.Version });
        }),
        new("POST /clusters/{code}/edit", AdminOnly, true, async m =>
        {
            var c = await Cluster(m);
            return await Form($"/clusters/{m.ClusterOfA}/edit", ("NameZh", c.NameZh), ("NameEn", c.NameEn + " ·"), ("Version", Text(c.Version)));
        }),
        new("POST /api/v1/imports/{kind}", AdminOnly, false, _ =>
        {
            var content = new MultipartFormDataContent();
            content.Add(new StringContent("entity_kind,entity_code,indicator,period,value\n"), "file", "observations.csv");
            return Task.FromResult(new MatrixRequest(HttpMethod.Post, "/api/v1/imports/observations?dryRun=true", Body: content));
        }),

        // Plans and targets: admin only.
        new("POST /api/v1/plans/", AdminOnly, true, _ => Task.FromResult(Json(HttpMethod.Post, "/api/v1/plans", NewPlan()))),
        new("PUT /api/v1/plans/{code}", AdminOnly, true, async m =>
        {
            var p = await Plan(m);
            return Json(HttpMethod.Put, $"/api/v1/plans/{p.Code}", new
            {
                p.Code, NameEn = p.NameEn + " ·", p.NameZh, p.Issuer, p.IssuedOn, p.SourceDocument, p.PeriodStart, p.PeriodEnd, p.ScopeRegionCode, p.Version,
            });
        }),
        new("POST /plans/{code}/edit", AdminOnly, true, _ =>
        {
            var p = NewPlan();
            return Form("/plans/new/edit", ("Code", p.Code), ("NameEn", p.NameEn), ("NameZh", p.NameZh), ("Issuer", p.Issuer), ("PeriodStart", "2025"),
                ("PeriodEnd", "2030"), ("ScopeRegionCode", p.ScopeRegionCode), ("Version", "0"));
        }),
        new("POST /api/v1/plans/{code}/targets", AdminOnly, false, m => Task.FromResult(Json(HttpMethod.Post, $"/api/v1/plans/{m.PlanCode}/targets", new { }))),
        new("PUT /api/v1/plans/{code}/targets/{id:int}", AdminOnly, false, async m =>
            Json(HttpMethod.Put, $"/api/v1/plans/{m.PlanCode}/targets/{Text(await TargetId(m, last: false))}", new { })),
        new("POST /plans/{code}/targets/{id}/edit", AdminOnly, false, async m =>
            await Form($"/plans/{m.PlanCode}/targets/{Text(await TargetId(m, last: false))}/edit", ("Code", ""))),
        new("DELETE /api/v1/plans/{code}/targets/{id:int}", AdminOnly, true, async m =>
        {
            var version = Text((await Plan(m)).Version);
            return new MatrixRequest(HttpMethod.Delete, $"/api/v1/plans/{m.PlanCode}/targets/{Text(await TargetId(m, last: true))}?version={version}");
        }),

        // Evaluation: frameworks and runs are the province's; the requests are invalid or name no run, so only authorisation is tested here
        // (storing and re-running runs is tested in Evaluation/).
        new("GET /evaluation/frameworks/{id:int}/edit", AdminOnly, false, async m => await Get($"/evaluation/frameworks/{Text(await FrameworkId(m))}/edit")),
        new("POST /evaluation/frameworks/{id:int}/edit", AdminOnly, false, async m =>
            await Form($"/evaluation/frameworks/{Text(await FrameworkId(m))}/edit", ("Json", "{"))),
        new("POST /api/v1/evaluation/frameworks", AdminOnly, false, _ =>
            Task.FromResult(new MatrixRequest(HttpMethod.Post, "/api/v1/evaluation/frameworks", Body: new StringContent("{}", System.Text.Encoding.UTF8, "application/json")))),
        new("POST /api/v1/evaluation/runs", AdminOnly, false, _ => Task.FromResult(Json(HttpMethod.Post, "/api/v1/evaluation/runs", new { frameworkId = 0 }))),
        new("POST /api/v1/evaluation/runs/{id:int}/rerun", AdminOnly, false, _ =>
            Task.FromResult(new MatrixRequest(HttpMethod.Post, "/api/v1/evaluation/runs/999999/rerun"))),
        new("POST /api/v1/evaluation/runs/{id:int}/publish", AdminOnly, false, _ =>
            Task.FromResult(new MatrixRequest(HttpMethod.Post, "/api/v1/evaluation/runs/999999/publish"))),
        new("POST /evaluation/runs/{id:int}?handler=Publish", AdminOnly, false, _ => Form("/evaluation/runs/999999?handler=Publish")),
        new("POST /evaluation", AdminOnly, false, _ => Form("/evaluation", ("FrameworkId", "0"), ("Year", "2017"), ("Replications", "0"), ("Seed", "1"))),
        new("POST /evaluation/runs/{id:int}?handler=Rerun", AdminOnly, false, _ => Form("/evaluation/runs/999999?handler=Rerun")),

        // Zone submissions: zone managers submit and withdraw for their own zones, admins review; zone B's manager gets 404 on
        // zone A's submission. The requests are stale (version 0) or incomplete, so nothing changes: the workflow is tested in Submissions/.
        new("GET /api/v1/submissions/", SubmissionReaders, false, _ => Get("/api/v1/submissions")),
        new("GET /api/v1/submissions/{id:long}", ZoneAReaders, false, m => Get($"/api/v1/submissions/{m.SubmissionOfA}"), HiddenAsNotFound: true),
        new("GET /submissions", SubmissionReaders, false, _ => Get("/submissions")),
        new("GET /submissions/{id:long}", ZoneAReaders, false, m => Get($"/submissions/{m.SubmissionOfA}"), HiddenAsNotFound: true),
        new("GET /submissions/new", Reporters, false, _ => Get("/submissions/new")),
        new("POST /api/v1/submissions/", ZoneAReporters, false, m =>
        {
            var content = new MultipartFormDataContent();
            content.Add(new StringContent($"entity_kind,entity_code,indicator,period,value\ncluster,{m.ClusterOfA},cluster_output,2024,1\n"), "file", "q.csv");
            return Task.FromResult(new MatrixRequest(HttpMethod.Post, $"/api/v1/submissions?zone={m.ZoneA}&dryRun=true", Body: content));
        }, HiddenAsNotFound: true),
        new("POST /api/v1/submissions/{id:long}/approve", AdminOnly, false, m => Task.FromResult(Json(HttpMethod.Post, $"/api/v1/submissions/{m.SubmissionOfA}/approve", new { version = 0 }))),
        new("POST /api/v1/submissions/{id:long}/reject", AdminOnly, false, m => Task.FromResult(Json(HttpMethod.Post, $"/api/v1/submissions/{m.SubmissionOfA}/reject", new { version = 0, reason = "matrix" }))),
        new("POST /api/v1/submissions/{id:long}/withdraw", SubmitterOfA, false, m =>
            Task.FromResult(Json(HttpMethod.Post, $"/api/v1/submissions/{m.SubmissionOfA}/withdraw", new { version = 0 })), HiddenAsNotFound: true),
        new("POST /api/v1/submissions/{id:long}/flags/{flagId:long}/dismiss", AdminOnly, false, m =>
            Task.FromResult(Json(HttpMethod.Post, $"/api/v1/submissions/{m.SubmissionOfA}/flags/{m.FlagOfA}/dismiss", new { reason = "" }))),
        new("POST /submissions/new?handler=Check", Reporters, false, m => Form("/submissions/new?handler=Check", ("Zone", m.ZoneA))),
        new("POST /submissions/new?handler=Confirm", Reporters, false, m => Form("/submissions/new?handler=Confirm", ("Zone", m.ZoneA), ("Token", ""))),
        new("POST /submissions/{id:long}?handler=Approve", AdminOnly, false, m => Form($"/submissions/{m.SubmissionOfA}?handler=Approve", ("Version", "0"))),
        new("POST /submissions/{id:long}?handler=Reject", AdminOnly, false, m => Form($"/submissions/{m.SubmissionOfA}?handler=Reject", ("Version", "0"), ("Reason", "matrix"))),
        new("POST /submissions/{id:long}?handler=Dismiss", AdminOnly, false, m =>
            Form($"/submissions/{m.SubmissionOfA}?handler=Dismiss", ("FlagId", m.FlagOfA.ToString(CultureInfo.InvariantCulture)), ("Reason", ""))),
        new("POST /submissions/{id:long}?handler=Withdraw", SubmitterOfA, false, m => Form($"/submissions/{m.SubmissionOfA}?handler=Withdraw", ("Version", "0")),
            HiddenAsNotFound: true),

        // Investment leads: zone managers keep their zones' leads (zone B's manager gets 404 on zone A's lead), admins verify
        // wins, analysts read; the events a notifier reads are for admins and analysts. The workflow is tested in Data/Leads.
        new("GET /api/v1/leads/", SubmissionReaders, false, _ => Get("/api/v1/leads")),
        new("GET /api/v1/leads/funnel", SubmissionReaders, false, _ => Get("/api/v1/leads/funnel")),
        new("GET /api/v1/leads/overdue", SubmissionReaders, false, _ => Get("/api/v1/leads/overdue")),
        new("GET /api/v1/leads/verified", SubmissionReaders, false, _ => Get("/api/v1/leads/verified")),
        new("GET /api/v1/leads/events", ReadersOfAll, false, _ => Get("/api/v1/leads/events")),
        new("GET /api/v1/leads/{id:long}", ZoneAReaders, false, m => Get($"/api/v1/leads/{m.LeadOfA}"), HiddenAsNotFound: true),
        new("GET /api/v1/leads/{id:long}/impact", ZoneAReaders, false, m => Get($"/api/v1/leads/{m.LeadOfA}/impact"), HiddenAsNotFound: true),
        new("GET /api/v1/leads/{id:long}/documents/{documentId:long}", ZoneAReaders, false, m => Get($"/api/v1/leads/{m.LeadOfA}/documents/{m.DocumentOfA}"),
            HiddenAsNotFound: true),
        new("POST /api/v1/leads/", ZoneAReporters, true, m => Task.FromResult(Json(HttpMethod.Post, "/api/v1/leads", new { companyName = "Matrix new lead", zoneCode = m.ZoneA })),
            HiddenAsNotFound: true),
        new("PUT /api/v1/leads/{id:long}", ZoneAReporters, false, m =>
            Task.FromResult(Json(HttpMethod.Put, $"/api/v1/leads/{m.LeadOfA}", new { version = 0, companyName = "Matrix lead", zoneCode = m.ZoneA })), HiddenAsNotFound: true),
        new("POST /api/v1/leads/{id:long}/move", ZoneAReporters, false, m =>
            Task.FromResult(Json(HttpMethod.Post, $"/api/v1/leads/{m.LeadOfA}/move", new { version = 0, stage = "started" })), HiddenAsNotFound: true),
        new("POST /api/v1/leads/{id:long}/documents", ZoneAReporters, false, m =>
        {
            var content = new MultipartFormDataContent { { new StringContent("0"), "version" } };
            content.Add(new ByteArrayContent("%PDF-1.4 x"u8.ToArray()), "file", "evidence.pdf");
            return Task.FromResult(new MatrixRequest(HttpMethod.Post, $"/api/v1/leads/{m.LeadOfA}/documents", Body: content));
        }, HiddenAsNotFound: true),
        new("POST /api/v1/leads/{id:long}/request-verification", ZoneAReporters, false, m =>
            Task.FromResult(Json(HttpMethod.Post, $"/api/v1/leads/{m.LeadOfA}/request-verification", new { version = 0 })), HiddenAsNotFound: true),
        new("POST /api/v1/leads/{id:long}/verify", AdminOnly, false, m => Task.FromResult(Json(HttpMethod.Post, $"/api/v1/leads/{m.LeadOfA}/verify", new { version = 0 }))),
        new("POST /api/v1/leads/{id:long}/reject", AdminOnly, false, m => Task.FromResult(Json(HttpMethod.Post, $"/api/v1/leads/{m.LeadOfA}/reject", new { version = 0, reason = "matrix" }))),
        new("GET /leads", SubmissionReaders, false, _ => Get("/leads")),
        new("GET /leads/new", Reporters, false, _ => Get("/leads/new")),
        new("GET /leads/{id:long}", ZoneAReaders, false, m => Get($"/leads/{m.LeadOfA}"), HiddenAsNotFound: true),
        new("GET /leads/{id:long}/edit", ZoneAReporters, false, m => Get($"/leads/{m.LeadOfA}/edit"), HiddenAsNotFound: true),
        new("POST /leads/{id:long}/edit", ZoneAReporters, false, m => Form($"/leads/{m.LeadOfA}/edit", ("Version", "99"), ("CompanyName", "matrix edit")),
            HiddenAsNotFound: true),
        new("POST /leads/new", Reporters, false, m => Form("/leads/new", ("CompanyName", ""), ("ZoneCode", m.ZoneA))),
        new("POST /leads/{id:long}?handler=Move", ZoneAReporters, false, m => Form($"/leads/{m.LeadOfA}?handler=Move", ("Version", "0"), ("Stage", "started")),
            HiddenAsNotFound: true),
        new("POST /leads/{id:long}?handler=Attach", ZoneAReporters, false, m => Form($"/leads/{m.LeadOfA}?handler=Attach", ("Version", "0")), HiddenAsNotFound: true),
        new("POST /leads/{id:long}?handler=Request", ZoneAReporters, false, m => Form($"/leads/{m.LeadOfA}?handler=Request", ("Version", "0")), HiddenAsNotFound: true),
        new("POST /leads?handler=Advance", ZoneAReporters, false, m => Form("/leads?handler=Advance", ("id", m.LeadOfA.ToString(CultureInfo.InvariantCulture)), ("version", "0")),
            HiddenAsNotFound: true),
        new("POST /leads/{id:long}?handler=Verify", AdminOnly, false, m => Form($"/leads/{m.LeadOfA}?handler=Verify", ("Version", "0"))),
        new("POST /leads/{id:long}?handler=Reject", AdminOnly, false, m => Form($"/leads/{m.LeadOfA}?handler=Reject", ("Version", "0"), ("Reason", "matrix"))),

        // Chains: maps and gaps are public; the ranked candidates are for staff; hand placements for the enterprise's zone and admins.
        new("GET /api/v1/chains/{code}/candidates", SubmissionReaders, false, _ => Get("/api/v1/chains/auto/candidates?place=220000")),
        new("GET /chains/{code}/candidates", SubmissionReaders, false, _ => Get("/chains/auto/candidates?place=220000")),
        new("PUT /api/v1/enterprises/{code}/placements/{chain}", ZoneAReporters, true, m =>
            Task.FromResult(Json(HttpMethod.Put, $"/api/v1/enterprises/{m.EnterpriseOfA}/placements/auto", new { segment = "none", note = "matrix" })), HiddenAsNotFound: true),
        new("POST /chains/{code}?handler=Place", ZoneAReporters, true, m =>
            Form($"/chains/auto?handler=Place&place={m.ZoneA}", ("enterprise", m.EnterpriseOfA), ("segment", "none"), ("note", "matrix form")), HiddenAsNotFound: true),

        // Chain templates: admins save new versions (a fresh chain per call, so each admin call writes).
        new("GET /chains/{code}/edit", AdminOnly, false, _ => Get("/chains/auto/edit")),
        new("POST /chains/{code}/edit", AdminOnly, false, _ => Form("/chains/auto/edit", ("Json", "{"))),
        new("PUT /api/v1/chains/{code}", AdminOnly, true, _ =>
        {
            var code = "matrix-" + Guid.NewGuid().ToString("N")[..8];
            return Task.FromResult(new MatrixRequest(HttpMethod.Put, $"/api/v1/chains/{code}", Body: new StringContent(MatrixChain(code), System.Text.Encoding.UTF8, "application/json")));
        }),

        // Input-output scenarios compute and store nothing: anyone may run them.
        new("POST /io?handler=Scenario", Everyone, false, _ => Form("/io?handler=Scenario", ("Kind", "final-demand"), ("Sector", "18"), ("Amount", "1"))),

        // The imports page: admins only.
        new("GET /imports", AdminOnly, false, _ => Get("/imports")),
        new("GET /imports/history", AdminOnly, false, _ => Get("/imports/history")),
        new("GET /imports/history?handler=Errors", AdminOnly, false, _ => Get("/imports/history?handler=Errors&id=1")),
        new("GET /api/v1/imports/history", AdminOnly, false, _ => Get("/api/v1/imports/history")),
        new("GET /api/v1/imports/history/{id:long}/errors.csv", AdminOnly, false, _ => Get("/api/v1/imports/history/1/errors.csv")),
        new("POST /imports?handler=Check", AdminOnly, false, _ => Form("/imports?handler=Check", ("Kind", "Observations"))),
        new("POST /imports?handler=Confirm", AdminOnly, false, _ => Form("/imports?handler=Confirm", ("Kind", "Observations"), ("Token", ""))),

        // Users: admin only, reads included.
        new("GET /admin/users", AdminOnly, false, _ => Get("/admin/users")),
        new("GET /admin/users/new", AdminOnly, false, _ => Get("/admin/users/new")),
        new("GET /admin/users/{id}", AdminOnly, false, m => Get($"/admin/users/{m.TargetUserId}")),
        new("POST /admin/users/new", AdminOnly, true, _ => Form("/admin/users/new", ("UserName", "matrix-" + Guid.NewGuid().ToString("N")[..8]),
            ("Password", MatrixApp.Password), ("Role", "analyst"))),
        new("POST /admin/users/{id}", AdminOnly, true, async m => await Form($"/admin/users/{m.TargetUserId}", ("Role", ""), ("Stamp", await Stamp(m)))),
        new("POST /admin/users/{id}?handler=Lock", AdminOnly, true, async m =>
            await Form($"/admin/users/{m.TargetUserId}?handler=Lock", ("Locked", "true"), ("Stamp", await Stamp(m)))),
        new("POST /admin/users/{id}?handler=Password", AdminOnly, true, async m =>
            await Form($"/admin/users/{m.TargetUserId}?handler=Password", ("NewPassword", "Matrix-reset-password-2"), ("Stamp", await Stamp(m)))),

        // The audit log: admin only.
        new("GET /admin/audit", AdminOnly, false, _ => Get("/admin/audit")),
        new("GET /api/v1/audit", AdminOnly, false, _ => Get("/api/v1/audit")),
        new("GET /api/v1/audit.csv", AdminOnly, false, _ => Get("/api/v1/audit.csv")),

        // Edit forms: admin only.
        new("GET /zones/{code}/edit", AdminOnly, false, m => Get($"/zones/{m.ZoneA}/edit")),
        new("GET /clusters/{code}/edit", AdminOnly, false, m => Get($"/clusters/{m.ClusterOfA}/edit")),
        new("GET /plans/{code}/edit", AdminOnly, false, m => Get($"/plans/{m.PlanCode}/edit")),
        new("GET /plans/{code}/targets/{id}/edit", AdminOnly, false, async m => await Get($"/plans/{m.PlanCode}/targets/{Text(await TargetId(m, last: false))}/edit")),
    ];

    /// <summary>Every (endpoint, caller) pair, for the theory.</summary>
    public static IEnumerable<object[]> Cases() =>
        Rows.SelectMany(r => Enum.GetValues<Caller>().Select(c => new object[] { r.Endpoint, c }));

    /// <summary>The antiforgery token of a page's form.</summary>
    public static string Token(string html) => TokenField().Match(html) is { Success: true } m
        ? m.Groups[1].Value
        : throw new InvalidOperationException("No antiforgery token on the page.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static Task<MatrixRequest> Get(string url) => Task.FromResult(new MatrixRequest(HttpMethod.Get, url));

    private static Task<MatrixRequest> Form(string url, params (string Key, string Value)[] fields) =>
        Task.FromResult(new MatrixRequest(HttpMethod.Post, url, fields.ToDictionary(f => f.Key, f => f.Value)));

    private static string MatrixChain(string code) => $$"""
        { "code": "{{code}}", "version": 1, "nameZh": "矩阵链", "nameEn": "Matrix chain", "categoryCodes": [], "sources": [],
          "segments": [
            { "code": "a", "nameZh": "甲", "nameEn": "A", "stage": "upstream", "industryCodes": ["3130"], "keywordsZh": ["钢"], "keywordsEn": ["steel"] },
            { "code": "b", "nameZh": "乙", "nameEn": "B", "stage": "downstream", "industryCodes": ["3611"], "keywordsZh": ["车"], "keywordsEn": ["car"] } ],
          "links": [ { "from": "a", "to": "b", "kind": "assembles_into" } ] }
        """;

    private static MatrixRequest Json(HttpMethod method, string url, object body) => new(method, url, Body: JsonContent.Create(body));

    private static Data.Targets.PlanEdit NewPlan()
    {
        var code = "matrix-" + Guid.NewGuid().ToString("N")[..8];
        return new(code, "Matrix plan " + code, "矩阵规划 " + code, "Matrix", null, null, 2025, 2030, "220000", 0);
    }

    private static async Task<T> Read<T>(MatrixApp m, Func<ClusterScopeDbContext, Task<T>> read)
    {
        await using var scope = m.Scope();
        return await read(scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>());
    }

    private static Task<Domain.Registry.DevelopmentZone> Zone(MatrixApp m) => Read(m, db => db.Zones.AsNoTracking().SingleAsync(z => z.Code == m.ZoneA));

    private static Task<Domain.Registry.Cluster> Cluster(MatrixApp m) => Read(m, db => db.Clusters.AsNoTracking().SingleAsync(c => c.Code == m.ClusterOfA));

    private static Task<Domain.Targets.Plan> Plan(MatrixApp m) => Read(m, db => db.Plans.AsNoTracking().SingleAsync(p => p.Code == m.PlanCode));

    private static Task<int> TargetId(MatrixApp m, bool last) => Read(m, db =>
    {
        var ids = db.Targets.Where(t => t.PlanCode == m.PlanCode).Select(t => t.Id);
        return last ? ids.MaxAsync() : ids.MinAsync();
    });

    private static Task<int> FrameworkId(MatrixApp m) => Read(m, db => db.FrameworkVersions.MinAsync(f => f.Id));

    private static Task<string> Stamp(MatrixApp m) => Read(m, async db =>
        (await db.Users.AsNoTracking().SingleAsync(u => u.Id == m.TargetUserId)).ConcurrencyStamp ?? "");
}
