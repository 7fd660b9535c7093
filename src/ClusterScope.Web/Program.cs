using ClusterScope.Web;
using ClusterScope.Web.Shared;

var app = WebApp.Build(args);
try
{
    await WebApp.PrepareAsync(app);
}
catch (StartupRefusedException e)
{
    // A setting to fix, not a crash: one plain line, no stack trace, and the exit code the CLI gives bad input.
    await Console.Error.WriteLineAsync("error: " + e.Message);
    return 2;
}

await app.RunAsync();
return 0;

/// <summary>The web host's entry point (public for the integration tests).</summary>
public partial class Program;
