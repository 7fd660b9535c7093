using System.Globalization;
using ClusterScope.Web.Features.Api;
using ClusterScope.Web.Shared;
using Microsoft.AspNetCore.Identity;

namespace ClusterScope.Web.Features.Tokens;

/// <summary>Personal API tokens under <c>/api/v1/account/tokens</c> (one's own) and <c>/api/v1/users/{userName}/tokens</c> (admins, for
/// any user).</summary>
/// <remarks>Tokens are created from a signed-in session only: a token that could mint tokens would outlive its own revocation.</remarks>
internal static class TokenApi
{
    public static IEndpointRouteBuilder MapTokenApi(this IEndpointRouteBuilder app)
    {
        var own = app.MapGroup("/api/v1/account/tokens").WithTags("API tokens").RequireAuthorization();
        own.MapGet("/", ListOwnAsync);
        own.MapPost("/", CreateOwnAsync);
        own.MapDelete("/{id:long}", RevokeOwnAsync);
        var admin = app.MapGroup("/api/v1/users/{userName}/tokens").WithTags("API tokens").RequireAuthorization(Policies.Admin);
        admin.MapGet("/", ListAsync);
        admin.MapPost("/", CreateAsync);
        admin.MapDelete("/{id:long}", RevokeAsync);
        return app;
    }

    /// <summary>The caller's API tokens, newest first (never their secrets).</summary>
    public static async Task<IResult> ListOwnAsync(HttpContext context, UserManager<IdentityUser> users, ApiTokens tokens, CancellationToken ct) =>
        await users.GetUserAsync(context.User) is { } owner ? TypedResults.Ok(await tokens.ListAsync(owner.Id, ct)) : TypedResults.Unauthorized();

    /// <summary>Creates an API token for the caller (signed in by cookie, not with a token). 201 with <c>token</c>, the secret, shown
    /// only in this answer: send it as <c>Authorization: Bearer &lt;token&gt;</c>.</summary>
    public static async Task<IResult> CreateOwnAsync(TokenRequest request, HttpContext context, UserManager<IdentityUser> users, ApiTokens tokens,
        AuditScopeFactory audit, CancellationToken ct) =>
        await users.GetUserAsync(context.User) is { } owner
            ? await CreateForAsync(owner, request, "/api/v1/account/tokens", context, tokens, audit, ct)
            : TypedResults.Unauthorized();

    /// <summary>Revokes one of the caller's API tokens; it stops working at once. 404 when the caller has no such live token.</summary>
    public static async Task<IResult> RevokeOwnAsync(long id, HttpContext context, UserManager<IdentityUser> users, ApiTokens tokens,
        AuditScopeFactory audit, CancellationToken ct) =>
        await users.GetUserAsync(context.User) is { } owner ? await RevokeForAsync(owner, id, tokens, audit, ct) : TypedResults.Unauthorized();

    /// <summary>A user's API tokens (admin).</summary>
    public static async Task<IResult> ListAsync(string userName, UserManager<IdentityUser> users, ApiTokens tokens, CancellationToken ct) =>
        await users.FindByNameAsync(userName) is { } owner ? TypedResults.Ok(await tokens.ListAsync(owner.Id, ct)) : RegistryApi.NotFound("user", userName);

    /// <summary>Creates an API token for a user (admin, signed in by cookie). 201 with the secret, shown only in this answer.</summary>
    public static async Task<IResult> CreateAsync(string userName, TokenRequest request, HttpContext context, UserManager<IdentityUser> users,
        ApiTokens tokens, AuditScopeFactory audit, CancellationToken ct) =>
        await users.FindByNameAsync(userName) is { } owner
            ? await CreateForAsync(owner, request, $"/api/v1/users/{Uri.EscapeDataString(userName)}/tokens", context, tokens, audit, ct)
            : RegistryApi.NotFound("user", userName);

    /// <summary>Revokes one of a user's API tokens (admin). 404 when the user has no such live token.</summary>
    public static async Task<IResult> RevokeAsync(string userName, long id, UserManager<IdentityUser> users, ApiTokens tokens, AuditScopeFactory audit,
        CancellationToken ct) =>
        await users.FindByNameAsync(userName) is { } owner ? await RevokeForAsync(owner, id, tokens, audit, ct) : RegistryApi.NotFound("user", userName);

    // Answers 201 with the owner's token list as the location: a token has no URL of its own to read it back from.
    private static async Task<IResult> CreateForAsync(IdentityUser owner, TokenRequest request, string list, HttpContext context, ApiTokens tokens,
        AuditScopeFactory audit, CancellationToken ct)
    {
        if (ApiTokenAuthentication.ByToken(context.User))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Tokens are created by a signed-in user",
                detail: "An API token cannot create API tokens; sign in and use /account/tokens, or this endpoint with the sign-in cookie and antiforgery token.");
        }

        var created = await tokens.CreateAsync(owner, request, audit.ForRequest("api"), ct);
        return created.Created is { } summary
            ? TypedResults.Created(list, new { token = created.Token, summary })
            : TypedResults.ValidationProblem(created.Errors!.ToDictionary(e => e.Key, e => e.Value), title: "Invalid API token");
    }

    private static async Task<IResult> RevokeForAsync(IdentityUser owner, long id, ApiTokens tokens, AuditScopeFactory audit, CancellationToken ct) =>
        await tokens.RevokeAsync(owner, id, audit.ForRequest("api"), ct)
            ? TypedResults.NoContent()
            : RegistryApi.NotFound("live API token", id.ToString(CultureInfo.InvariantCulture));
}
