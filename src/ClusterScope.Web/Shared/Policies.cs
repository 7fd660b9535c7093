namespace ClusterScope.Web.Shared;

/// <summary>Authorisation policy names.</summary>
public static class Policies
{
    /// <summary>Requires the admin role.</summary>
    public const string Admin = "admin";
}
