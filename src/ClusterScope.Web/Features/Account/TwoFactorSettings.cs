using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace ClusterScope.Web.Features.Account;

/// <summary>Whether admins must sign in with a second factor, from <c>Security:RequireAdminTwoFactor</c> (default false).</summary>
public sealed record TwoFactorSettings(bool RequiredForAdmins)
{
    /// <summary>The setting's key.</summary>
    public const string Key = "Security:RequireAdminTwoFactor";

    /// <summary>Whether the session was signed in with a second factor (Identity's <c>amr</c> claim <c>mfa</c>).</summary>
    public static bool IsTwoFactorSession(ClaimsPrincipal user) => user.HasClaim("amr", "mfa");

    /// <summary>Carries the <c>amr</c> claims over when the security stamp check rebuilds a session's principal.</summary>
    /// <remarks>The rebuilt principal comes from the database, which does not know how the session signed in: without
    /// this, a two-factor session would count as password-only after the next check (every minute).</remarks>
    public static Task KeepSignInMethod(SecurityStampRefreshingPrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.NewPrincipal?.Identity is ClaimsIdentity identity && context.CurrentPrincipal is { } current)
        {
            identity.AddClaims(current.FindAll("amr").Where(c => !identity.HasClaim("amr", c.Value)).ToList());
        }

        return Task.CompletedTask;
    }
}
