using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Localization;

namespace ClusterScope.Web.Shared;

/// <summary>A small page of its own for an error answered outside the Razor pages (the layout may itself need the database),
/// in the language the request asked for.</summary>
internal static class ErrorPage
{
    /// <summary>Sets the request's UI culture on this thread, so that localised texts read after it are in its language.</summary>
    public static CultureInfo UseRequestCulture(HttpContext context)
    {
        var culture = context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? WebApp.Cultures[0];
        CultureInfo.CurrentUICulture = culture;
        return culture;
    }

    /// <summary>Writes the page: a title, a message and one button to <paramref name="href"/>. The texts are HTML-encoded here.</summary>
    public static Task WriteAsync(HttpContext context, CultureInfo culture, string title, string message, string button, string href,
        CancellationToken ct)
    {
        var (t, m, b, h) = (WebUtility.HtmlEncode(title), WebUtility.HtmlEncode(message), WebUtility.HtmlEncode(button), WebUtility.HtmlEncode(href));
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="{culture.Name}">
            <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>{t} - ClusterScope</title>
            <link rel="stylesheet" href="/lib/bootstrap/bootstrap.min.css" /><link rel="stylesheet" href="/css/site.css" /></head>
            <body><main class="container py-5"><h1 class="h3">{t}</h1><p>{m}</p><p><a class="btn btn-primary" href="{h}">{b}</a></p></main></body>
            </html>
            """, ct);
    }
}
