using ClusterScope.Data.Registry;
using ClusterScope.Web.Shared;

namespace ClusterScope.Web.Features.Api;

/// <summary>The write side of the registry: admins edit zones and clusters, with optimistic concurrency.</summary>
internal static class RegistryEditApi
{
    public static IEndpointRouteBuilder MapRegistryEditApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("Registry").RequireAuthorization(Policies.Admin);
        api.MapPut("/zones/{code}", UpdateZoneAsync);
        api.MapPut("/clusters/{code}", UpdateClusterAsync);
        return app;
    }

    /// <summary>Edits a zone. Send the <c>version</c> you read; a newer version on the server answers 409 and writes nothing.</summary>
    public static async Task<IResult> UpdateZoneAsync(string code, ZoneEdit edit, RegistryEditor editor, AuditScopeFactory audit, CancellationToken ct) =>
        ToResult("zone", code, await editor.UpdateZoneAsync(code, edit, audit.ForRequest("api"), ct));

    /// <summary>Edits a cluster. Send the <c>version</c> you read; a newer version on the server answers 409 and writes nothing.</summary>
    public static async Task<IResult> UpdateClusterAsync(string code, ClusterEdit edit, RegistryEditor editor, AuditScopeFactory audit, CancellationToken ct) =>
        ToResult("cluster", code, await editor.UpdateClusterAsync(code, edit, audit.ForRequest("api"), ct));

    private static IResult ToResult(string kind, string code, EditOutcome outcome) => outcome.Status switch
    {
        EditStatus.Saved => TypedResults.Ok(new { code, version = outcome.Version }),
        EditStatus.Invalid => TypedResults.ValidationProblem(outcome.Errors!.ToDictionary(e => e.Key, e => e.Value), title: $"Invalid {kind}"),
        EditStatus.Conflict => TypedResults.Problem(statusCode: 409, title: "Edit conflict",
            detail: $"The {kind} '{code}' was changed by someone else after you loaded it. Reload it, reapply your change and save again."),
        _ => RegistryApi.NotFound(kind, code),
    };
}
