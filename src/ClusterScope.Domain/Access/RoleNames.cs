namespace ClusterScope.Domain.Access;

/// <summary>The roles of ClusterScope. A signed-in user without a role, like an anonymous visitor, reads published data only.</summary>
public static class RoleNames
{
    /// <summary>Province: edits the registry, plans and frameworks, reviews submissions, manages users, reads the audit log.</summary>
    public const string Admin = "admin";

    /// <summary>Reports the figures of the zones assigned to them, and reads their own submissions.</summary>
    public const string ZoneManager = "zone-manager";

    /// <summary>Reads everything, published or not, and writes nothing.</summary>
    public const string Analyst = "analyst";

    /// <summary>Every role, in order of power.</summary>
    public static IReadOnlyList<string> All { get; } = [Admin, ZoneManager, Analyst];
}
