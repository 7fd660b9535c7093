using ClusterScope.Data.Auditing;

namespace ClusterScope.Web.Shared;

/// <summary>Names the signed-in user and the route of the current request as the audit actor and origin.</summary>
public sealed class AuditScopeFactory(IHttpContextAccessor accessor)
{
    public AuditScope ForRequest(string kind)
    {
        var context = accessor.HttpContext;
        var user = context?.User.Identity?.Name ?? "anonymous";
        return new AuditScope(user, $"{kind} {context?.Request.Method} {context?.Request.Path}");
    }
}
