using System.CommandLine;
using ClusterScope.Data;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Cli.Commands;

/// <summary><c>clusterscope db migrate</c>.</summary>
internal static class DbCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var migrate = new Command("migrate", "Create or upgrade the database schema to the latest version");
        migrate.SetAction((parse, ct) => Guard.RunAsync(error, async () =>
        {
            await using var services = CliServices.Build(parse);
            await using var scope = services.CreateAsyncScope();
            var settings = scope.ServiceProvider.GetRequiredService<DatabaseSettings>();
            var applied = await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
            await output.WriteLineAsync(applied.Count == 0
                ? $"{settings.Describe()} is up to date."
                : $"{settings.Describe()}: applied {string.Join(", ", applied)}.");
            return 0;
        }));
        return new Command("db", "Database schema") { migrate };
    }
}
