namespace ClusterScope.Web.Tests.Authorisation;

/// <summary>Who calls an endpoint in the authorisation matrix.</summary>
public enum Caller
{
    /// <summary>Not signed in.</summary>
    Anonymous,

    /// <summary>Signed in without a role: reads published data only.</summary>
    Public,

    /// <summary>Reads everything except users and the audit log; writes nothing.</summary>
    Analyst,

    /// <summary>Zone manager of zone A, the zone the requests are about.</summary>
    ManagerOfZoneA,

    /// <summary>Zone manager of another zone (B).</summary>
    ManagerOfZoneB,

    /// <summary>Province administrator.</summary>
    Admin,

    /// <summary>The admin's sign-in cookie on a request without an antiforgery token, as another site's form or script sends it.</summary>
    AdminWithoutToken,

    /// <summary>The admin's sign-in cookie and a valid antiforgery token, on a request whose <c>Origin</c> is another site.</summary>
    AdminFromForeignOrigin,
}
