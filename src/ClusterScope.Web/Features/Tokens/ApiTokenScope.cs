using System.Security.Claims;

namespace ClusterScope.Web.Features.Tokens;

/// <summary>How a token narrows its owner's rights, as claims of the principal <see cref="ApiTokenHandler"/> makes.</summary>
/// <remarks>The role claims are the owner's current ones; these claims can only take rights away: <see cref="ReadOnlyClaim"/>
/// refuses unsafe requests (<see cref="Shared.ProofOfOrigin"/>), <see cref="ZoneClaim"/> keeps a subset of the owner's zones.</remarks>
internal static class ApiTokenScope
{
    /// <summary>The token's display prefix, which the audit log names as the origin of the token's changes.</summary>
    public const string TokenClaim = "clusterscope:token";

    /// <summary>Present (value <c>true</c>) on a read-only token.</summary>
    public const string ReadOnlyClaim = "clusterscope:token-read-only";

    /// <summary>One claim per zone a token is narrowed to; none when it is not narrowed.</summary>
    public const string ZoneClaim = "clusterscope:token-zone";

    /// <summary>Present (value <c>true</c>) when the token is narrowed by zone, even if none of its zones is still the owner's.</summary>
    public const string ZonesNarrowedClaim = "clusterscope:token-zones-narrowed";

    /// <summary>Whether the caller holds a read-only token.</summary>
    public static bool IsReadOnly(ClaimsPrincipal user) => user.HasClaim(ReadOnlyClaim, "true");

    /// <summary>The zones the caller acts for: the owner's zones, kept to the token's zones when the token names some.</summary>
    public static IReadOnlySet<string> Narrow(ClaimsPrincipal user, IReadOnlySet<string> ownerZones)
    {
        if (!user.HasClaim(ZonesNarrowedClaim, "true"))
        {
            return ownerZones;
        }

        var allowed = user.FindAll(ZoneClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        return ownerZones.Where(allowed.Contains).ToHashSet(StringComparer.Ordinal);
    }
}
