using System.Security.Claims;
using ClusterScope.Data.Access;
using ClusterScope.Data.Submissions;
using ClusterScope.Web.Shared;

namespace ClusterScope.Web.Features.Submissions;

/// <summary>The signed-in user as the submission workflow sees them: name, role and assigned zones.</summary>
internal static class Reporters
{
    /// <summary>The roles that see submissions at all; anonymous and role-less users see none.</summary>
    public static readonly string[] SeeingRoles = [Roles.Admin, Roles.ZoneManager, Roles.Analyst];

    public static async Task<SubmissionUser> OfAsync(ClaimsPrincipal principal, ZoneOwnership ownership, CancellationToken ct)
    {
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        // A zone manager's API token may be kept to some of their zones.
        var zones = principal.IsInRole(Roles.ZoneManager) && id is not null
            ? Tokens.ApiTokenScope.Narrow(principal, await ownership.ZonesOfAsync(id, ct))
            : new HashSet<string>(StringComparer.Ordinal);
        return new SubmissionUser(principal.Identity?.Name ?? "anonymous", principal.IsInRole(Roles.Admin), principal.IsInRole(Roles.Analyst), zones);
    }
}
