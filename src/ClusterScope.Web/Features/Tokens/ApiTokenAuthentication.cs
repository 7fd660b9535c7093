using ClusterScope.Data.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace ClusterScope.Web.Features.Tokens;

/// <summary>Authentication by the sign-in cookie or, when the request carries <c>Authorization: Bearer</c>, by a personal API token.</summary>
internal static class ApiTokenAuthentication
{
    /// <summary>The scheme of <see cref="ApiTokenHandler"/>; also the authentication type of the identities it makes.</summary>
    public const string Scheme = "ApiToken";

    /// <summary>The default scheme: forwards each request to <see cref="Scheme"/> or to the Identity cookie.</summary>
    public const string CookieOrToken = "CookieOrToken";

    /// <summary>Adds the cookie, the token handler and the policy scheme that chooses between them.</summary>
    public static void AddCookieOrToken(this IServiceCollection services) =>
        services.AddAuthentication(CookieOrToken)
            .AddPolicyScheme(CookieOrToken, CookieOrToken, o =>
                o.ForwardDefaultSelector = c => BearerOf(c.Request) is null ? IdentityConstants.ApplicationScheme : Scheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenHandler>(Scheme, null)
            .AddIdentityCookies();

    /// <summary>The token of an <c>Authorization: Bearer &lt;token&gt;</c> header, or null when the header is missing or another kind.</summary>
    public static string? BearerOf(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    /// <summary>Whether the caller was authenticated by an API token rather than the sign-in cookie.</summary>
    public static bool ByToken(System.Security.Claims.ClaimsPrincipal user) => user.Identity?.AuthenticationType == Scheme;

    /// <summary>Whether a token text looks like one of ours, so that other strings are refused without a database query.</summary>
    public static bool LooksLikeToken(string token) =>
        token.StartsWith(ApiTokenSecret.Mark, StringComparison.Ordinal) && token.Length is > 40 and < 100;
}
