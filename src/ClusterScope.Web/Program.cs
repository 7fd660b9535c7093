using ClusterScope.Web;

var app = WebApp.Build(args);
await WebApp.PrepareAsync(app);
await app.RunAsync();

/// <summary>The web host's entry point (public for the integration tests).</summary>
public partial class Program;
