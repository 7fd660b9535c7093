using System.CommandLine;
using ClusterScope.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClusterScope.Cli;

/// <summary>Builds the services a command needs from the same settings the web app reads.</summary>
internal static class CliServices
{
    public static IConfiguration Configuration(ParseResult parse)
    {
        var overrides = new Dictionary<string, string?>();
        if (parse.GetValue(CliApp.Connection) is { } connection)
        {
            overrides["ConnectionStrings:ClusterScope"] = connection;
        }

        if (parse.GetValue(CliApp.Provider) is { } provider)
        {
            overrides["Database:Provider"] = provider;
        }

        return new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();
    }

    public static ServiceProvider Build(ParseResult parse)
    {
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddClusterScopeData(Configuration(parse));
        return services.BuildServiceProvider();
    }
}
