using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace ClusterScope.Web.Features.Account;

/// <summary>Cookie settings and the sign-out endpoint.</summary>
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
        app.MapPost("/account/logout", LogoutAsync).ExcludeFromDescription();
        return app;
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
