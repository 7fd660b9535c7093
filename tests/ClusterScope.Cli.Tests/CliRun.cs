using System.Globalization;

namespace ClusterScope.Cli.Tests;

/// <summary>Runs the <c>clusterscope</c> command in-process and captures what it prints.</summary>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        await using var output = new StringWriter(CultureInfo.InvariantCulture);
        await using var error = new StringWriter(CultureInfo.InvariantCulture);
        var code = await CliApp.RunAsync(args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}

/// <summary>A temporary SQLite database loaded once through <c>clusterscope data load jilin</c>.</summary>
public sealed class LoadedCliDatabase : IAsyncLifetime
{
    public string Connection { get; } = $"Data Source={Path.Combine(Path.GetTempPath(), $"cs-cli-{Guid.NewGuid():N}.db")};Pooling=False";

    public CliRun Load { get; private set; } = null!;

    public async Task InitializeAsync() => Load = await CliRun.RunAsync("data", "load", "jilin", "--connection", Connection);

    public Task DisposeAsync()
    {
        File.Delete(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(Connection).DataSource);
        return Task.CompletedTask;
    }
}
