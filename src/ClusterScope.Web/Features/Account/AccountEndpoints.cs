using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace ClusterScope.Web.Features.Account;

/// <summary>Cookie settings, the sign-out endpoint and the antiforgery token for same-origin scripts.</summary>
internal static class AccountEndpoints
{
    public static void ConfigureCookie(CookieAuthenticationOptions o)
    {
        o.LoginPath = "/account/login";
        o.AccessDeniedPath = "/account/login";
        o.Cookie.Name = "clusterscope.auth";
        // A session cookie unless "keep me signed in" is ticked (the sign-in page decides); then it lasts two weeks of disuse.
        o.ExpireTimeSpan = TimeSpan.FromDays(14);
        o.SlidingExpiration = true;
        o.Events.OnRedirectToLogin = c => ApiAware(c, StatusCodes.Status401Unauthorized);
        o.Events.OnRedirectToAccessDenied = c => ApiAware(c, StatusCodes.Status403Forbidden);
    }

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        // A POST with the antiforgery token (checked by ProofOfOrigin), so that another site cannot sign the user out.
        app.MapPost("/account/logout", LogoutAsync).ExcludeFromDescription();
        app.MapGet("/api/v1/account/antiforgery", AntiforgeryToken).WithTags("Account");
        return app;
    }

    /// <summary>The antiforgery token of the caller's session, to send as the <c>X-CSRF-TOKEN</c> header of every POST, PUT, PATCH and
    /// DELETE signed in by cookie. Only this site's own pages can read it (no CORS). Callers with an API token need none.</summary>
    public static IResult AntiforgeryToken(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return TypedResults.Ok(new { token = tokens.RequestToken, headerName = tokens.HeaderName, formFieldName = tokens.FormFieldName });
    }

    /// <summary>Signs out and returns to the dashboard.</summary>
    public static async Task<IResult> LogoutAsync(SignInManager<IdentityUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect("/");
    }

    // The API answers 401/403; only pages are redirected to the sign-in form.
    private static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
