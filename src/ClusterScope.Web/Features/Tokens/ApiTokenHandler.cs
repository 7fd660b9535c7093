using System.Security.Claims;
using System.Text.Encodings.Web;
using ClusterScope.Data;
using ClusterScope.Data.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ClusterScope.Web.Features.Tokens;

/// <summary>Authenticates <c>Authorization: Bearer &lt;token&gt;</c> as the token's owner, with the owner's role and zones as they are
/// now, narrowed by the token (<see cref="ApiTokenScope"/>).</summary>
/// <remarks>The owner is read on every request, so a revoked or expired token, a locked owner or a removed role stops the token at
/// once (a cookie session notices within a minute).</remarks>
internal sealed class ApiTokenHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    ClusterScopeDbContext db, UserManager<IdentityUser> users, IUserClaimsPrincipalFactory<IdentityUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private const string Refused = "The API token is unknown, revoked or expired, or its owner is locked.";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (ApiTokenAuthentication.BearerOf(Request) is not { } secret)
        {
            return AuthenticateResult.NoResult();
        }

        if (!ApiTokenAuthentication.LooksLikeToken(secret))
        {
            return AuthenticateResult.Fail(Refused);
        }

        var hash = ApiTokenSecret.Hash(secret);
        var token = await db.ApiTokens.AsNoTracking().FirstOrDefaultAsync(t => t.SecretHash == hash, Context.RequestAborted);
        var now = DateTime.UtcNow;
        if (token is null || !token.IsLive(now) || await users.FindByIdAsync(token.UserId) is not { } owner || owner.LockoutEnd > DateTimeOffset.UtcNow)
        {
            return AuthenticateResult.Fail(Refused);
        }

        // To the minute, so that a busy script costs one write a minute rather than one per request; not audited (nobody changed anything).
        if (token.LastUsedAtUtc is null || token.LastUsedAtUtc < now.AddMinutes(-1))
        {
            await db.ApiTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAtUtc, now), Context.RequestAborted);
        }

        var ownerClaims = (await principals.CreateAsync(owner)).Claims;
        var identity = new ClaimsIdentity(ownerClaims, Scheme.Name, users.Options.ClaimsIdentity.UserNameClaimType, users.Options.ClaimsIdentity.RoleClaimType);
        identity.AddClaim(new Claim(ApiTokenScope.TokenClaim, token.Prefix));
        if (token.ReadOnly)
        {
            identity.AddClaim(new Claim(ApiTokenScope.ReadOnlyClaim, "true"));
        }

        if (token.ZoneSet is { } zones)
        {
            identity.AddClaim(new Claim(ApiTokenScope.ZonesNarrowedClaim, "true"));
            identity.AddClaims(zones.Select(z => new Claim(ApiTokenScope.ZoneClaim, z)));
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name));
    }

    /// <summary>401 with the reason as problem details and the <c>WWW-Authenticate</c> header of RFC 6750.</summary>
    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        await Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Invalid API token", detail: Refused).ExecuteAsync(Context);
    }
}
