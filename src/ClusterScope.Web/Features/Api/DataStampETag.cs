using ClusterScope.Data;
using ClusterScope.Data.Registry;

namespace ClusterScope.Web.Features.Api;

/// <summary>Conditional GET for public registry reads: the ETag is the data stamp (the newest audit id, see
/// <see cref="RegistryCache"/>) with the settings that shape the answer, so a client that sends it back in
/// <c>If-None-Match</c> gets 304 without the answer being built, until any change is audited.</summary>
/// <remarks>Weak, because compression may re-encode the body. Only 200 answers carry it. Every instance computes the same
/// tag from the same database, so it holds behind a load balancer too.</remarks>
internal sealed class DataStampETag : IEndpointFilter
{
    private static readonly string Build = typeof(DataStampETag).Assembly.GetName().Version?.ToString() ?? "0";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var services = http.RequestServices;
        var stamp = await RegistryCache.StampAsync(services.GetRequiredService<ClusterScopeDbContext>(), http.RequestAborted);
        var coverage = services.GetRequiredService<PeriodSettings>().MinimumCoverage.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        var tag = $"W/\"{stamp}-{coverage}-{Build}\"";
        http.Response.Headers.CacheControl = "no-cache";
        if (http.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == tag || t.Trim() == "*")))
        {
            http.Response.Headers.ETag = tag;
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        http.Response.OnStarting(() =>
        {
            if (http.Response.StatusCode == StatusCodes.Status200OK)
            {
                http.Response.Headers.ETag = tag;
            }

            return Task.CompletedTask;
        });
        return await next(context);
    }
}
