namespace ClusterScope.Web.Shared;

/// <summary>Authorisation policy names.</summary>
public static class Policies
{
    /// <summary>Requires the admin role.</summary>
    public const string Admin = "admin";

    /// <summary>Reads unpublished data: admins and analysts.</summary>
    public const string ReadAll = "read-all";

    /// <summary>Reports figures: zone managers (for their zones; the zone is checked per request) and admins.</summary>
    public const string Report = "report";
}
