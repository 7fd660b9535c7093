using ClusterScope.Data.Auditing;

namespace ClusterScope.Web.Shared;

/// <summary>Names the signed-in user and the route of the current request as the audit actor and origin.</summary>
public sealed class AuditScopeFactory(IHttpContextAccessor accessor)
{
    public AuditScope ForRequest(string kind)
    {
        var context = accessor.HttpContext;
        var user = context?.User.Identity?.Name ?? "anonymous";
        // A change made with an API token names the token, so that the owner can tell their script's changes from their own.
        var token = context?.User.FindFirst(Features.Tokens.ApiTokenScope.TokenClaim)?.Value is { } prefix ? $" (API token {prefix})" : "";
        return new AuditScope(user, $"{kind} {context?.Request.Method} {context?.Request.Path}{token}");
    }
}
