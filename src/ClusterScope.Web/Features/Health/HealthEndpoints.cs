using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace ClusterScope.Web.Features.Health;

/// <summary><c>/health/live</c> (the process answers) and <c>/health/ready</c> (and its database does), for load balancers
/// and orchestrators; and the 503 answer when the database goes away while serving.</summary>
internal static class HealthEndpoints
{
    private const string Ready = "ready";

    private static readonly HttpMethodMetadata ReadOnly = new(["GET", "HEAD"]);

    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [Ready]);
        services.AddExceptionHandler<DatabaseOutageHandler>();
        return services;
    }

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        // Live runs no check: a database outage must not make an orchestrator restart a process that is fine.
        // Reads only: MapHealthChecks alone would answer every method, POST included.
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).WithMetadata(ReadOnly);
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(Ready) }).WithMetadata(ReadOnly);
        return app;
    }
}
