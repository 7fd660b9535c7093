using Microsoft.AspNetCore.HttpOverrides;

namespace ClusterScope.Web.Shared;

/// <summary>The security headers every response carries, the cookie rules, and the proxy headers the app trusts.</summary>
/// <remarks>
/// Scripts run only from the app's own files or from inline blocks that carry the request's nonce
/// (<c>&lt;script nonce="@ViewContext.HttpContext.GetNonce()"&gt;</c>); inline event handlers (<c>onclick=</c>) and <c>eval</c> are refused.
/// Styles allow <c>'unsafe-inline'</c>: ECharts writes its tooltips as HTML with <c>style</c> attributes and htmx adds its
/// indicator <c>&lt;style&gt;</c>; injected styles cannot run code, and the pages' own <c>style=</c> attributes stay as they are.
/// HSTS is sent only over HTTPS (also when a trusted proxy says so in <c>X-Forwarded-Proto</c>), and cookies are
/// <c>Secure</c> on HTTPS requests.
/// </remarks>
internal static class SecurityHeaderSetup
{
    /// <summary>The policy of the Scalar API reference (<c>/scalar</c>), whose page starts itself with an inline script
    /// that carries no nonce and whose bundle calls <c>eval</c>: the package's page, kept
    /// apart so that no page of the app's own gets these allowances.</summary>
    private const string ApiReferencePolicy = "api-reference";

    public static IServiceCollection AddClusterScopeSecurityHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSecurityHeaderPolicies()
            .SetDefaultPolicy(p => Common(p).AddContentSecurityPolicy(csp =>
            {
                Baseline(csp);
                csp.AddScriptSrc().Self().WithNonce();
            }))
            .AddPolicy(ApiReferencePolicy, p => Common(p).AddContentSecurityPolicy(csp =>
            {
                Baseline(csp);
                csp.AddScriptSrc().Self().UnsafeInline().UnsafeEval();
            }))
            // Chosen by path: the Scalar endpoints are mapped by the package, so their metadata cannot carry the policy.
            .SetPolicySelector(c => c.HttpContext.Request.Path.StartsWithSegments("/scalar")
                ? c.ConfiguredPolicies[ApiReferencePolicy]
                : c.SelectedPolicy);
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            // Behind a reverse proxy the client's address (for the sign-in limits) and the scheme (for HSTS and Secure
            // cookies) come from its headers; only proxies on loopback, or listed in Security:TrustedProxies, are believed.
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in configuration.GetSection("Security:TrustedProxies").Get<string[]>() ?? [])
            {
                o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        });
        services.Configure<CookiePolicyOptions>(o => o.Secure = CookieSecurePolicy.SameAsRequest);
        return services;
    }

    private static HeaderPolicyCollection Common(HeaderPolicyCollection policy) => policy
        .AddContentTypeOptionsNoSniff()
        .AddFrameOptionsDeny()
        .AddReferrerPolicyStrictOriginWhenCrossOrigin()
        .AddCrossOriginOpenerPolicy(c => c.SameOrigin())
        // Sent on HTTPS only, and never for localhost (the package's rule), so a developer's browser does not remember it.
        .AddStrictTransportSecurityMaxAge(maxAgeInSeconds: 365 * 24 * 3600);

    private static void Baseline(CspBuilder csp)
    {
        csp.AddDefaultSrc().Self();
        csp.AddObjectSrc().None();
        csp.AddBaseUri().Self();
        csp.AddFormAction().Self();
        csp.AddFrameAncestors().None();
        csp.AddConnectSrc().Self();
        csp.AddFontSrc().Self();
        // Bootstrap draws its form controls' arrows and checks as data: SVG images.
        csp.AddImgSrc().Self().Data();
        csp.AddStyleSrc().Self().UnsafeInline();
    }
}
