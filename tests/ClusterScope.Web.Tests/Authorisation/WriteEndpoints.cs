using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Web.Tests.Authorisation;

/// <summary>Lists, from the running app's <see cref="EndpointDataSource"/>, every endpoint the matrix must cover.</summary>
/// <remarks>Keys read <c>METHOD /route</c>, with <c>?handler=Name</c> for named Razor page handlers: every minimal-API endpoint
/// with a method other than GET or HEAD, every non-GET handler of every Razor page, and every GET endpoint or page that
/// requires authorisation (reads of unpublished data).</remarks>
public static class WriteEndpoints
{
    public static async Task<SortedSet<string>> DiscoverAsync(IServiceProvider services)
    {
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        var loader = services.GetRequiredService<PageLoader>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            var protectedRead = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0
                && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null;
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                foreach (var handler in compiled.HandlerMethods)
                {
                    var method = handler.HttpMethod.ToUpperInvariant();
                    if (method is not ("GET" or "HEAD") || protectedRead)
                    {
                        keys.Add($"{method} {route}" + (string.IsNullOrEmpty(handler.Name) ? "" : $"?handler={handler.Name}"));
                    }
                }

                continue;
            }

            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])
            {
                if (method is not ("GET" or "HEAD") || protectedRead)
                {
                    keys.Add($"{method} {route}");
                }
            }
        }

        return keys;
    }
}
