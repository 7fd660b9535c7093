using System.Security.Claims;
using ClusterScope.Web.Shared;

namespace ClusterScope.Web.Features.Evaluation;

/// <summary>Who reads evaluation runs before they are published: admins (who make and publish them) and analysts.</summary>
internal static class EvaluationReaders
{
    public static bool SeesUnpublished(ClaimsPrincipal user) => user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Analyst);
}
