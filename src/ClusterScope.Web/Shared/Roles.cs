using ClusterScope.Domain.Access;

namespace ClusterScope.Web.Shared;

/// <summary>Role names, as the web app checks them.</summary>
public static class Roles
{
    /// <summary>Province: edits the registry, plans and frameworks, reviews submissions, manages users.</summary>
    public const string Admin = RoleNames.Admin;

    /// <summary>Reports the figures of their assigned zones.</summary>
    public const string ZoneManager = RoleNames.ZoneManager;

    /// <summary>Reads everything and writes nothing.</summary>
    public const string Analyst = RoleNames.Analyst;

    /// <summary>The roles that read unpublished data (policy <see cref="Policies.ReadAll"/>).</summary>
    public static readonly string[] ReadingAll = [Admin, Analyst];

    /// <summary>Whether the user reads unpublished data.</summary>
    public static bool ReadsAll(System.Security.Claims.ClaimsPrincipal user) => ReadingAll.Any(user.IsInRole);
}
