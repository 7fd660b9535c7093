using System.Globalization;
using ClusterScope.Data;
using Microsoft.AspNetCore.DataProtection;
using ClusterScope.Web.Features.Account;
using ClusterScope.Web.Features.Analysis;
using ClusterScope.Web.Features.Api;
using ClusterScope.Web.Features.Audit;
using ClusterScope.Web.Features.Chains;
using ClusterScope.Web.Features.Evaluation;
using ClusterScope.Web.Features.Health;
using ClusterScope.Web.Features.InputOutput;
using ClusterScope.Web.Features.Language;
using ClusterScope.Web.Features.Leads;
using ClusterScope.Web.Features.Library;
using ClusterScope.Web.Features.Plans;
using ClusterScope.Web.Features.Submissions;
using ClusterScope.Web.Features.Tokens;
using ClusterScope.Web.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Scalar.AspNetCore;

namespace ClusterScope.Web;

/// <summary>Builds and prepares the web application; used by Program, the CLI's <c>serve</c> and the tests.</summary>
public static class WebApp
{
    /// <summary>The cultures the UI speaks.</summary>
    public static readonly CultureInfo[] Cultures = [new("en"), new("zh-CN")];

    /// <summary>Configures services and the request pipeline.</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(WebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        configure?.Invoke(builder);
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        var services = builder.Services;
        services.AddClusterScopeData(builder.Configuration);
        AddUploadLimits(builder);
        services.AddClusterScopeUsers().AddSignInManager();
        // Chinese pages are mostly CJK text: emit it as characters, not as &#x...; entities three times the size.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        // One key ring in the database for every instance: cookies and antiforgery tokens made by one are read by the others.
        services.AddDataProtection().SetApplicationName("ClusterScope").PersistKeysToDbContext<Data.Instances.DataProtectionKeysDb>();
        services.AddCookieOrToken();
        services.AddAntiforgery(o => o.HeaderName = ProofOfOrigin.HeaderName);
        services.ConfigureApplicationCookie(AccountEndpoints.ConfigureCookie);
        services.Configure<SignInSettings>(builder.Configuration.GetSection(SignInSettings.Section));
        services.AddSingleton<SignInGuard>();
        services.AddSingleton(new TwoFactorSettings(builder.Configuration.GetValue<bool>(TwoFactorSettings.Key)));
        // Locking a user or changing their role ends their open sessions within a minute, not the default half hour.
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.FromMinutes(1);
            o.OnRefreshingPrincipal = TwoFactorSettings.KeepSignInMethod;
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Admin, p => p.RequireRole(Roles.Admin))
            .AddPolicy(Policies.ReadAll, p => p.RequireRole(Roles.ReadingAll))
            .AddPolicy(Policies.Report, p => p.RequireRole(Roles.Admin, Roles.ZoneManager));
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Features";
            o.Conventions.AuthorizePage("/Zones/Edit", Policies.Admin).AuthorizePage("/Clusters/Edit", Policies.Admin)
                .AuthorizePage("/Plans/Edit", Policies.Admin).AuthorizePage("/Plans/EditTarget", Policies.Admin)
                .AuthorizeFolder("/Users", Policies.Admin).AuthorizeFolder("/Audit", Policies.Admin)
                .AuthorizePage("/Evaluation/Framework", Policies.Admin).AuthorizePage("/Chains/Edit", Policies.Admin).AuthorizeFolder("/Tokens");
            o.Conventions.AddPageRoute("/Leads/New", "/leads/{id:long}/edit");
        }).AddViewLocalization();
        services.AddProblemDetails();
        services.AddHealth();
        services.AddOpenApi(o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "ClusterScope API";
            doc.Info.Description = "Registry of development zones, clusters, enterprises and indicator observations; plans, targets and their progress.";
            return Task.CompletedTask;
        }));
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
            o.SerializerOptions.Converters.Add(new ControlCharacterJsonConverter());
        });
        services.AddSingleton(Quantities.Load(builder.Configuration));
        services.AddSingleton<Quantities>();
        services.AddScoped<AuditScopeFactory>();
        services.AddScoped<Features.Audit.AuditSearch>();
        services.AddScoped<ApiTokens>();
        services.AddHttpContextAccessor();
        services.AddClusterScopeSecurityHeaders(builder.Configuration);
        services.AddClusterScopeCompression();

        var app = builder.Build();
        // First, so that the sign-in limits see the client's address and HSTS and cookies see the scheme behind a proxy.
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        app.UseCookiePolicy();
        app.UseResponseCompression();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseStaticFiles();
        app.UseRequestLocalization(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("en");
            o.SupportedCultures = Cultures;
            o.SupportedUICultures = Cultures;
            o.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        app.UseAuthentication();
        app.UseMiddleware<ProofOfOrigin>();
        app.UseAdminTwoFactorGate();
        app.UseAuthorization();
        app.UseMiddleware<ControlCharacterGuard>();
        app.UseMiddleware<UnknownQueryParameterGuard>();
        app.MapOpenApi();
        // Scalar's toolbar ("Deploy", "Generate SDK") and its AI chat point at Scalar's hosted services, not at this API.
        app.MapScalarApiReference(o => o.DisableDefaultFonts().WithTitle("ClusterScope API").WithFavicon("/favicon.svg")
            .HideDeveloperTools().DisableAgent().DisableMcp().DisableTelemetry());
        app.MapRazorPages();
        app.MapHealthEndpoints();
        app.MapLanguageEndpoints();
        app.MapAccountEndpoints();
        app.MapRegistryApi();
        app.MapAnalysisApi();
        app.MapPlanApi();
        app.MapAuditApi();
        app.MapEvaluationApi();
        app.MapSubmissionApi();
        app.MapLeadApi();
        app.MapChainApi();
        app.MapIoApi();
        app.MapTokenApi();
        app.MapLibraryApi();
        return app;
    }

    // One limit for every upload: Kestrel's body size (with room for the multipart framing) and the form reader's.
    private static void AddUploadLimits(WebApplicationBuilder builder)
    {
        var limits = Data.Intake.IntakeLimits.From(builder.Configuration);
        builder.WebHost.ConfigureKestrel(o => o.Limits.MaxRequestBodySize = limits.MaxUploadBytes + (1024 * 1024));
        builder.Services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.MultipartBodyLengthLimit = limits.MaxUploadBytes);
        builder.Services.AddExceptionHandler<RequestTooLargeHandler>();
    }

    /// <summary>Migrates the database, loads the default data set into an empty one, and makes sure an admin exists.</summary>
    public static async Task PrepareAsync(WebApplication app, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var scope = app.Services.CreateAsyncScope();
        await StartupTasks.RunAsync(scope.ServiceProvider, app.Configuration, app.Logger, ct);
    }
}
