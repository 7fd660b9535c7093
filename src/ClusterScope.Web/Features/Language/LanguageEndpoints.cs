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

    /// <summary>Sets the culture cookie (en or zh-CN) and returns to the page the user came from, or home when that is not
    /// a path of this site.</summary>
    public static IResult Switch(string culture, string? returnUrl, HttpContext http)
    {
        if (!WebApp.Cultures.Any(c => c.Name.Equals(culture, StringComparison.OrdinalIgnoreCase)))
        {
            return TypedResults.Problem(detail: $"culture '{culture}' is not offered; use en or zh-CN.", statusCode: 400, title: "Bad parameter 'culture'");
        }

        http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
        return TypedResults.LocalRedirect(IsLocalPath(returnUrl) ? AsciiOnly(returnUrl!) : "/");
    }

    /// <summary>Whether a browser would stay on this site following <paramref name="url"/> as a redirect.</summary>
    /// <remarks>One leading slash and then no slash or backslash: browsers read <c>//host</c> and <c>/\host</c> as
    /// another site. No control characters either: they are not allowed in a Location header, and browsers drop a tab
    /// or line break, so <c>/\t/host</c> would become <c>//host</c>. Stricter than LocalRedirect's own check, which
    /// then never throws.</remarks>
    internal static bool IsLocalPath(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || url[1] is not ('/' or '\\')) && !url.Any(char.IsControl);

    /// <summary>The URL with every non-ASCII character percent-encoded as UTF-8: a response header holds ASCII only.</summary>
    private static string AsciiOnly(string url)
    {
        if (System.Text.Ascii.IsValid(url))
        {
            return url;
        }

        var text = new System.Text.StringBuilder(url.Length * 3);
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(url))
        {
            text.Append(b < 0x80 ? ((char)b).ToString() : "%" + b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}
