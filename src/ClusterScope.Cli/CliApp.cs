using System.CommandLine;
using ClusterScope.Cli.Commands;

namespace ClusterScope.Cli;

/// <summary>The <c>clusterscope</c> command tree.</summary>
internal static class CliApp
{
    /// <summary>Exit code of a command that failed on bad input or a missing resource (1 is a command-line parse error).</summary>
    public const int Failed = 2;

    public static readonly Option<string?> Connection = new("--connection")
    {
        Description = "Connection string (overrides ConnectionStrings__ClusterScope; default: Data Source=clusterscope.db)",
        Recursive = true,
    };

    public static readonly Option<string?> Provider = new("--provider")
    {
        Description = "Database provider: sqlite or postgres (overrides Database__Provider)",
        Recursive = true,
    };

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("ClusterScope: plan, monitor and evaluate industrial clusters. Settings come from appsettings.json, "
            + "environment variables (ConnectionStrings__ClusterScope, Database__Provider) or the options below.")
        {
            Connection,
            Provider,
            ServeCommand.Create(error),
            DbCommand.Create(output, error),
            DataCommand.Create(output, error),
            ListCommands.CreateZones(output, error),
            ListCommands.CreateClusters(output, error),
            AnalyzeCommand.Create(output, error),
            PlanCommand.Create(output, error),
            EvaluateCommand.Create(output, error),
            ImportCommand.Create(output, error),
            UsersCommand.Create(output, error),
            LibraryCommand.Create(output, error),
            LeadsCommand.Create(output, error),
            ChainsCommand.Create(output, error),
            TalentCommand.Create(output, error),
            IoCommand.Create(output, error),
        };
        root.Options.OfType<VersionOption>().Single().Action = new VersionAction(output);
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await root.Parse(args).InvokeAsync(configuration);
    }
}
