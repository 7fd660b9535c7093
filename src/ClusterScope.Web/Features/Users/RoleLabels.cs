using ClusterScope.Domain.Access;
using Microsoft.Extensions.Localization;

namespace ClusterScope.Web.Features.Users;

/// <summary>The labels of the roles in the request's language.</summary>
public static class RoleLabels
{
    /// <summary>The label of a role; "Public (no role)" for none.</summary>
    public static string Of(IStringLocalizer text, string? role)
    {
        ArgumentNullException.ThrowIfNull(text);
        return role switch
        {
            RoleNames.Admin => text["Admin"],
            RoleNames.ZoneManager => text["Zone manager"],
            RoleNames.Analyst => text["Analyst"],
            _ => text["Public (no role)"],
        };
    }

    /// <summary>The choices of the role field: every role, then none.</summary>
    public static IReadOnlyList<string> Choices { get; } = [.. RoleNames.All, ""];
}
