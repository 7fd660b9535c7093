using System.Globalization;
using System.Net;
using ClusterScope.Data;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace ClusterScope.Web.Features.Health;

/// <summary>Answers 503 with <c>Retry-After</c> instead of 500 when a request fails because the database is unavailable:
/// RFC 7807 problem details under <c>/api</c>, a page in the user's language elsewhere.</summary>
internal sealed class DatabaseOutageHandler(IStringLocalizer<SharedResource> text, ILogger<DatabaseOutageHandler> logger) : IExceptionHandler
{
    /// <summary>When to try again: long enough for a failover or a restart, short enough for a person to wait.</summary>
    public const int RetryAfterSeconds = 30;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!DatabaseOutage.IsOutage(exception))
        {
            return false;
        }

        logger.LogWarning(exception, "Database unavailable; answered 503 to {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        if (httpContext.Request.Path.StartsWithSegments("/api"))
        {
            // Written whatever the Accept header says: an API client gets problem details, never the HTML page.
            await TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Database unavailable",
                detail: $"The database cannot be reached just now; try again in {RetryAfterSeconds} seconds.").ExecuteAsync(httpContext);
            return true;
        }

        // The culture the localisation middleware chose lives on in the request's features, not in the thread's culture.
        var culture = httpContext.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? WebApp.Cultures[0];
        CultureInfo.CurrentUICulture = culture;
        httpContext.Response.ContentType = "text/html; charset=utf-8";
        await httpContext.Response.WriteAsync(Page(culture.Name), cancellationToken);
        return true;
    }

    /// <summary>A page of its own, without the layout, which may itself need the database.</summary>
    private string Page(string language)
    {
        var title = WebUtility.HtmlEncode(text["Service unavailable"]);
        var message = WebUtility.HtmlEncode(text["The database cannot be reached just now. Please try again in a minute."]);
        var retry = WebUtility.HtmlEncode(text["Try again"]);
        return $"""
            <!DOCTYPE html>
            <html lang="{language}">
            <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>{title} - ClusterScope</title>
            <link rel="stylesheet" href="/lib/bootstrap/bootstrap.min.css" /><link rel="stylesheet" href="/css/site.css" /></head>
            <body><main class="container py-5"><h1 class="h3">{title}</h1><p>{message}</p><p><a class="btn btn-primary" href="">{retry}</a></p></main></body>
            </html>
            """;
    }
}
