using ClusterScope.Web.Features.Tokens;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Shared;

/// <summary>Refuses, with 403 and problem details saying why, an unsafe request (POST, PUT, PATCH, DELETE) that the sign-in cookie
/// authenticates but that does not prove it comes from our own pages, and any unsafe request made with a read-only API token.</summary>
/// <remarks>A browser sends the cookie with requests that other sites make, so a cookie alone proves nothing. Proof is an
/// antiforgery token, which only our pages and same-origin scripts can read (<c>GET /api/v1/account/antiforgery</c>; there is no
/// CORS), in the <see cref="HeaderName"/> header or the <c>__RequestVerificationToken</c> form field; and an <c>Origin</c> header,
/// when present, naming this site. Razor pages check the token themselves (400 when it is missing), so here only their Origin is
/// checked; their forms may be large uploads, which this middleware must not read before the page's own limits apply. An API
/// token is sent deliberately by its holder, never by a browser on its own, so it needs no proof of origin.</remarks>
internal sealed class ProofOfOrigin(RequestDelegate next)
{
    /// <summary>The request header that carries the antiforgery token.</summary>
    public const string HeaderName = "X-CSRF-TOKEN";

    public async Task InvokeAsync(HttpContext context, IAntiforgery antiforgery)
    {
        var method = context.Request.Method;
        var unsafeMethod = !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));
        if (unsafeMethod && context.User.Identity?.IsAuthenticated == true && await RefusalAsync(context, antiforgery) is { } refusal)
        {
            await Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: refusal.Title, detail: refusal.Detail).ExecuteAsync(context);
            return;
        }

        await next(context);
    }

    private static async Task<(string Title, string Detail)?> RefusalAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (ApiTokenAuthentication.ByToken(context.User))
        {
            return ApiTokenScope.IsReadOnly(context.User)
                ? ("Read-only API token", $"This API token may only read (GET); {context.Request.Method} needs a token created with write access.")
                : null;
        }

        var request = context.Request;
        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !IsOwnOrigin(origin, request))
        {
            return ("Cross-origin request refused",
                $"The request comes from {origin}, not from this site ({request.Scheme}://{request.Host}); the sign-in cookie is only accepted from this site's own pages.");
        }

        var page = context.GetEndpoint()?.Metadata.GetMetadata<PageActionDescriptor>() is not null;
        if (!page && context.GetEndpoint() is not null && !await antiforgery.IsRequestValidAsync(context))
        {
            return ("Antiforgery token missing or invalid",
                $"A {request.Method} signed in by cookie needs the antiforgery token of GET /api/v1/account/antiforgery in the {HeaderName} header " +
                "(or the __RequestVerificationToken form field). Scripts and integrations use an API token instead: Authorization: Bearer <token>.");
        }

        return null;
    }

    /// <summary>Whether an <c>Origin</c> value names the scheme, host and port the request was made to.</summary>
    /// <remarks>Behind a reverse proxy the request's scheme and host are the proxy's only with forwarded headers enabled
    /// (<c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c>); without them every same-site browser write would be refused.</remarks>
    private static bool IsOwnOrigin(string origin, HttpRequest request) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var claimed)
        && Uri.TryCreate($"{request.Scheme}://{request.Host}", UriKind.Absolute, out var own)
        && Uri.Compare(claimed, own, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;
}
