namespace ClusterScope.Web.Features.Users;

/// <summary>One user as the user list shows it.</summary>
/// <param name="Id">Identity's user id.</param>
/// <param name="UserName">The sign-in name.</param>
/// <param name="Email">Optional e-mail address.</param>
/// <param name="Role">The user's role, or <see langword="null"/> for a user without one (reads published data only).</param>
/// <param name="Zones">The codes of the zones a zone manager reports for.</param>
/// <param name="Locked">Whether the user is locked out.</param>
/// <param name="ConcurrencyStamp">Identity's stamp, sent back with every edit so a stale form is refused.</param>
public sealed record UserSummary(string Id, string UserName, string? Email, string? Role, IReadOnlyList<string> Zones, bool Locked,
    string ConcurrencyStamp);
