using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Mvc;

namespace ClusterScope.Web.Shared;

/// <summary>Refuses, with 400 and problem details naming it, a query parameter that an API endpoint does not take, so that a
/// misspelt filter (<c>entityCode</c> for <c>entity</c>) is not silently ignored and every row returned.</summary>
/// <remarks>The parameters an endpoint takes are read once from its handler's signature: simple-typed parameters not bound
/// from the route, the body, a header, a form or the services, under their <see cref="FromQueryAttribute"/> name if any,
/// and the properties of <see cref="AsParametersAttribute"/> arguments. Names compare case-insensitively, as binding does.</remarks>
internal sealed class UnknownQueryParameterGuard(RequestDelegate next)
{
    /// <summary>Query parameters every request may carry: the language switch of request localisation.</summary>
    private static readonly string[] Everywhere = ["culture", "ui-culture"];

    private static readonly ConcurrentDictionary<RouteEndpoint, HashSet<string>?> Accepted = new();

    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        if (context.Request.Query.Count == 0 || !context.Request.Path.StartsWithSegments("/api")
            || context.GetEndpoint() is not RouteEndpoint endpoint
            || Accepted.GetOrAdd(endpoint, AcceptedBy) is not { } accepted)
        {
            await next(context);
            return;
        }

        var unknown = context.Request.Query.Keys.Where(k => !accepted.Contains(k)).ToList();
        if (unknown.Count == 0)
        {
            await next(context);
            return;
        }

        var known = accepted.Except(Everywhere, StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        var takes = known.Count == 0 ? "takes no query parameters" : $"takes: {string.Join(", ", known)}";
        var takesZh = known.Count == 0 ? "不接受查询参数" : $"可用参数：{string.Join("、", known)}";
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "Unknown query parameter",
                Detail = $"Unknown query parameter {string.Join(", ", unknown.Select(u => $"'{Short(u)}'"))}; this endpoint {takes}. "
                    + $"未知查询参数 {string.Join("、", unknown.Select(u => $"“{Short(u)}”"))}；{takesZh}。",
                Extensions = { ["errors"] = unknown.ToDictionary(u => u, _ => new[] { $"is not a parameter of this endpoint, which {takes}" }) },
            },
        });
    }

    /// <summary>The query names a minimal-API endpoint binds; null for an endpoint without a handler method (left alone).</summary>
    private static HashSet<string>? AcceptedBy(RouteEndpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<MethodInfo>() is not { } method)
        {
            return null;
        }

        var route = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var names = new HashSet<string>(Everywhere, StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in method.GetParameters())
        {
            if (parameter.GetCustomAttribute<AsParametersAttribute>() is not null)
            {
                foreach (var property in parameter.ParameterType.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                {
                    AddIfQuery(names, route, property.Name, property.PropertyType, property.GetCustomAttribute<FromQueryAttribute>(), property);
                }
            }
            else if (parameter.Name is { } name)
            {
                AddIfQuery(names, route, name, parameter.ParameterType, parameter.GetCustomAttribute<FromQueryAttribute>(), parameter);
            }
        }

        return names;
    }

    private static void AddIfQuery(HashSet<string> names, HashSet<string> route, string name, Type type, FromQueryAttribute? fromQuery, ICustomAttributeProvider member)
    {
        if (fromQuery is not null)
        {
            names.Add(fromQuery.Name ?? name);
            return;
        }

        var boundElsewhere = member.GetCustomAttributes(true).Any(a => a is FromRouteAttribute or FromBodyAttribute or FromHeaderAttribute
            or FromFormAttribute or FromServicesAttribute or FromKeyedServicesAttribute);
        if (!boundElsewhere && !route.Contains(name) && IsSimple(Nullable.GetUnderlyingType(type) ?? type))
        {
            names.Add(name);
        }
    }

    /// <summary>At most 40 characters of a name, so a hostile key never travels whole into the answer.</summary>
    private static string Short(string name) => name.Length <= 40 ? name : string.Concat(name.AsSpan(0, 40), "…");

    private static bool IsSimple(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime)
        || type == typeof(DateTimeOffset) || type == typeof(DateOnly) || type == typeof(Guid) || type == typeof(string[]);
}
