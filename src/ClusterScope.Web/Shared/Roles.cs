namespace ClusterScope.Web.Shared;

/// <summary>Role names.</summary>
public static class Roles
{
    /// <summary>Provincial planner: edits the registry, plans and frameworks.</summary>
    public const string Admin = "admin";
}
