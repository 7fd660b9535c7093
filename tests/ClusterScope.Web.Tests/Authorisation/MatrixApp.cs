using System.Net;
using ClusterScope.Data;
using ClusterScope.Data.Auditing;
using ClusterScope.Domain.Access;
using ClusterScope.Web.Features.Tokens;
using ClusterScope.Web.Features.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Web.Tests.Authorisation;

/// <summary>A running app with one signed-in session per <see cref="Caller"/>, two zones (A and B), a cluster of A and a user
/// the user-management calls act on.</summary>
public abstract class MatrixApp(TestApp app) : IAsyncLifetime
{
    public const string Password = "Matrix-password-1";

    private readonly Dictionary<Caller, Cookie?> _sessions = [];

    public TestApp App => app;

    public string ZoneA { get; private set; } = "";

    public string ZoneB { get; private set; } = "";

    public string ClusterOfA { get; private set; } = "";

    public string PlanCode { get; private set; } = "";

    /// <summary>An enterprise of zone A, to place on a chain.</summary>
    public string EnterpriseOfA { get; private set; } = "";

    public string TargetUserId { get; private set; } = "";

    /// <summary>A submission of zone A by its manager, awaiting review, with one plausibility flag.</summary>
    public long SubmissionOfA { get; private set; }

    /// <summary>The flag of <see cref="SubmissionOfA"/>.</summary>
    public long FlagOfA { get; private set; }

    /// <summary>A signed lead of zone A by its manager, awaiting verification, with one evidence document.</summary>
    public long LeadOfA { get; private set; }

    /// <summary>The document of <see cref="LeadOfA"/>.</summary>
    public long DocumentOfA { get; private set; }

    public async Task InitializeAsync()
    {
        await app.InitializeAsync();
        await using var scope = app.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
        var zones = await db.Zones.OrderBy(z => z.Code).Select(z => z.Code).ToListAsync();
        ClusterOfA = await db.Clusters.Where(c => zones.Contains(c.ZoneCode)).OrderBy(c => c.ZoneCode).ThenBy(c => c.Code).Select(c => c.Code).FirstAsync();
        ZoneA = await db.Clusters.Where(c => c.Code == ClusterOfA).Select(c => c.ZoneCode).FirstAsync();
        ZoneB = zones.First(z => z != ZoneA);
        EnterpriseOfA = await db.Enterprises.Where(e => e.ZoneCode == ZoneA).OrderBy(e => e.Code).Select(e => e.Code).FirstAsync();
        PlanCode = await db.Plans.OrderBy(p => p.Code).Select(p => p.Code).FirstAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        var setup = new AuditScope("test", "matrix setup");
        await CreateAsync(users, "matrix-public", null, [], setup);
        await CreateAsync(users, "matrix-analyst", RoleNames.Analyst, [], setup);
        await CreateAsync(users, "matrix-manager-a", RoleNames.ZoneManager, [ZoneA], setup);
        await CreateAsync(users, "matrix-manager-b", RoleNames.ZoneManager, [ZoneB], setup);
        TargetUserId = await CreateAsync(users, "matrix-target", RoleNames.Analyst, [], setup);

        var submission = new Domain.Submissions.Submission
        {
            ZoneCode = ZoneA, Periods = "2024", FileName = "matrix.csv", SubmittedBy = "matrix-manager-a", SubmittedAtUtc = DateTime.UtcNow,
            Status = Domain.Submissions.SubmissionStatus.Submitted, Version = 1,
            Figures = [new() { Row = 2, EntityKind = Domain.Registry.EntityKind.Cluster, EntityCode = ClusterOfA, IndicatorCode = "cluster_output", Period = "2024", Value = 1 }],
            Flags = [new() { Rule = "YearOnYearJump", EntityKind = Domain.Registry.EntityKind.Cluster, EntityCode = ClusterOfA, IndicatorCode = "cluster_output",
                Period = "2024", Message = "matrix flag", MessageZh = "矩阵标记", NumbersJson = "{}" }],
        };
        db.Audit = setup;
        db.Submissions.Add(submission);
        await db.SaveChangesAsync();
        SubmissionOfA = submission.Id;
        FlagOfA = submission.Flags[0].Id;
        var lead = new Domain.Leads.Lead
        {
            CompanyName = "Matrix lead", ZoneCode = ZoneA, CreatedBy = "matrix-manager-a", CreatedAtUtc = DateTime.UtcNow, Stage = Domain.Leads.LeadStage.AgreementSigned,
            StageSince = DateOnly.FromDateTime(DateTime.UtcNow), SignedOn = DateOnly.FromDateTime(DateTime.UtcNow), Verification = Domain.Leads.Verification.Requested,
            VerificationRequestedBy = "matrix-manager-a", Version = 1,
            Documents = [new() { FileName = "agreement.pdf", ContentType = "application/pdf", Size = 9, Content = "%PDF-1.4 "u8.ToArray(), IsEvidence = true, UploadedBy = "matrix-manager-a" }],
        };
        db.Leads.Add(lead);
        await db.SaveChangesAsync();
        LeadOfA = lead.Id;
        DocumentOfA = lead.Documents[0].Id;

        _sessions[Caller.Anonymous] = null;
        _sessions[Caller.Public] = await SessionAsync("matrix-public", Password);
        _sessions[Caller.Analyst] = await SessionAsync("matrix-analyst", Password);
        _sessions[Caller.ManagerOfZoneA] = await SessionAsync("matrix-manager-a", Password);
        _sessions[Caller.ManagerOfZoneB] = await SessionAsync("matrix-manager-b", Password);
        _sessions[Caller.Admin] = await SessionAsync("admin", TestApp.AdminPassword);
        _sessions[Caller.AdminWithoutToken] = _sessions[Caller.Admin];
        _sessions[Caller.AdminFromForeignOrigin] = _sessions[Caller.Admin];
    }

    public Task DisposeAsync() => app.DisposeAsync();

    /// <summary>A new client carrying the caller's sign-in cookie (none for anonymous), with its own cookie jar.</summary>
    public HttpClient ClientOf(Caller caller)
    {
        var cookies = new CookieContainer();
        if (_sessions[caller] is { } session)
        {
            cookies.Add(app.BaseAddress, new Cookie(session.Name, session.Value, "/"));
        }

        return new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = app.BaseAddress };
    }

    public AsyncServiceScope Scope() => app.App.Services.CreateAsyncScope();

    /// <summary>The id of a new live API token of <paramref name="userName"/>, for a revocation to act on.</summary>
    public async Task<long> LiveTokenAsync(string userName)
    {
        await using var scope = Scope();
        var owner = await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Microsoft.AspNetCore.Identity.IdentityUser>>()
            .FindByNameAsync(userName);
        var created = await scope.ServiceProvider.GetRequiredService<ApiTokens>()
            .CreateAsync(owner!, new TokenRequest("matrix revocation"), new AuditScope("test", "matrix setup"), default);
        return created.Created!.Id;
    }

    private static async Task<string> CreateAsync(UserAdministration users, string name, string? role, string[] zones, AuditScope audit)
    {
        var created = await users.CreateAsync(name, null, Password, role, zones, audit, default);
        Assert.Equal(UserChangeStatus.Done, created.Status);
        return created.UserId!;
    }

    private async Task<Cookie> SessionAsync(string userName, string password)
    {
        var cookies = new CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = app.BaseAddress };
        var login = await client.GetStringAsync(new Uri("/account/login", UriKind.Relative));
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName, ["Password"] = password, ["__RequestVerificationToken"] = Matrix.Token(login),
        });
        var response = await client.PostAsync(new Uri("/account/login", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return cookies.GetCookies(app.BaseAddress)["clusterscope.auth"] ?? throw new InvalidOperationException("No sign-in cookie for " + userName);
    }
}

public sealed class SqliteMatrixApp() : MatrixApp(new TestApp());

public sealed class PostgresMatrixApp() : MatrixApp(new PostgresTestApp());
