using System.Globalization;
using ClusterScope.Data;
using ClusterScope.Web.Shared;
using Microsoft.AspNetCore.Diagnostics;
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

        var culture = ErrorPage.UseRequestCulture(httpContext);
        await ErrorPage.WriteAsync(httpContext, culture, text["Service unavailable"],
            text["The database cannot be reached just now. Please try again in a minute."], text["Try again"], string.Empty, cancellationToken);
        return true;
    }
}
