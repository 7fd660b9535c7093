using System.CommandLine;
using ClusterScope.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace ClusterScope.Cli.Commands;

/// <summary><c>clusterscope serve</c>: runs the web app.</summary>
internal static class ServeCommand
{
    public static Command Create(TextWriter error)
    {
        var urls = new Option<string>("--urls") { Description = "Addresses to listen on", DefaultValueFactory = _ => "http://localhost:5080" };
        var command = new Command("serve", "Run the web app and API (migrates and loads the default data on an empty database)") { urls };
        command.SetAction((parse, ct) => Guard.RunAsync(error, async () =>
        {
            var settings = CliServices.Configuration(parse);
            string[] args = ["--urls", parse.GetValue(urls)!];
            var app = WebApp.Build(args, b => b.Configuration.AddConfiguration(settings));
            await WebApp.PrepareAsync(app, ct);
            await app.StartAsync(ct);
            await app.WaitForShutdownAsync(ct);
            return 0;
        }));
        return command;
    }
}
