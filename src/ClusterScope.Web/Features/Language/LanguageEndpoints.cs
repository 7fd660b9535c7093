using Microsoft.AspNetCore.Localization;

namespace ClusterScope.Web.Features.Language;

/// <summary>Switches the UI language and remembers it in a cookie for a year.</summary>
internal static class LanguageEndpoints
{
    public static IEndpointRouteBuilder MapLanguageEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/language/{culture}", Switch).ExcludeFromDescription();
        return app;
    }

    /// <summary>Sets the culture cookie (en or zh-CN) and returns to the page the user came from.</summary>
    public static IResult Switch(string culture, string? returnUrl, HttpContext http)
    {
        if (!WebApp.Cultures.Any(c => c.Name.Equals(culture, StringComparison.OrdinalIgnoreCase)))
        {
            return TypedResults.Problem(detail: $"culture '{culture}' is not offered; use en or zh-CN.", statusCode: 400, title: "Bad parameter 'culture'");
        }

        http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
        return TypedResults.LocalRedirect(returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/");
    }
}
