using ClusterScope.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Web.Tests;

/// <summary>The real web app on a real Kestrel port over any database settings; nothing is migrated or loaded unless the
/// test calls <see cref="WebApp.PrepareAsync"/>.</summary>
public static class BareApp
{
    /// <summary>Builds the app in the Production environment, with quiet logs.</summary>
    public static WebApplication Build(string provider, string connection, string? adminPassword, Action<WebApplicationBuilder>? configure = null) =>
        WebApp.Build(["--urls", "http://127.0.0.1:0", "--environment", "Production"], b =>
        {
            b.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:ClusterScope"] = connection,
                ["Database:Provider"] = provider,
                ["Admin:Password"] = adminPassword,
                ["Logging:LogLevel:Default"] = "Warning",
            });
            configure?.Invoke(b);
        });

    /// <summary>The address the started app listens on.</summary>
    public static Uri Address(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
}
