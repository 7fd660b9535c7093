using System.CommandLine;
using ClusterScope.Data;
using ClusterScope.Data.Auditing;
using ClusterScope.Data.DefaultData;
using ClusterScope.Data.Export;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Cli.Commands;

/// <summary><c>clusterscope data load &lt;dataset&gt;</c> and <c>clusterscope data export &lt;kind&gt;</c>.</summary>
internal static class DataCommand
{
    public static Command Create(TextWriter output, TextWriter error) =>
        new("data", "Load data sets and export data") { Load(output, error), Export(output, error) };

    private static Command Load(TextWriter output, TextWriter error)
    {
        var dataset = new Argument<string>("dataset") { Description = "A data set name under data/ (e.g. jilin) or a folder with PROVENANCE.md" };
        var command = new Command("load", "Load a data set: real facts plus its flagged sample (idempotent; migrates first)") { dataset };
        command.SetAction((parse, ct) => Guard.RunAsync(error, async () =>
        {
            await using var services = CliServices.Build(parse);
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
            var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
            db.Audit = new AuditScope($"cli:{Environment.UserName}", "data load");
            var loader = scope.ServiceProvider.GetRequiredService<DatasetLoader>();
            var name = parse.GetValue(dataset)!;
            var added = await ProgressReporter.RunAsync(output, $"Loading {name}", progress => loader.LoadAsync(name, progress, ct));
            var settings = scope.ServiceProvider.GetRequiredService<DatabaseSettings>();
            await output.WriteLineAsync($"Loaded '{name}' into {settings.Describe()}; added "
                + string.Join(", ", added.Select(a => $"{a.Value} {a.Key}")) + (added.Values.Sum() == 0 ? " (already loaded)." : "."));
            return 0;
        }));
        return command;
    }

    private static Command Export(TextWriter output, TextWriter error)
    {
        var kind = new Argument<string>("kind") { Description = "What to export: " + string.Join(", ", CsvExporter.Kinds) };
        kind.AcceptOnlyFromAmong([.. CsvExporter.Kinds]);
        var file = new Option<FileInfo?>("--output", "-o") { Description = "CSV file to write (UTF-8); standard output when omitted" };
        var command = new Command("export", "Export a registry kind or the observations as CSV, in the columns the importers read") { kind, file };
        command.SetAction((parse, ct) => Guard.RunAsync(error, async () =>
        {
            await using var services = CliServices.Build(parse);
            await using var scope = services.CreateAsyncScope();
            var exporter = scope.ServiceProvider.GetRequiredService<CsvExporter>();
            var target = parse.GetValue(file);
            if (target is null)
            {
                await exporter.ExportAsync(parse.GetValue(kind)!, output, ct);
                return 0;
            }

            var rows = await TabularOutput.WriteFileAsync(target, writer => exporter.ExportAsync(parse.GetValue(kind)!, writer, ct));
            await output.WriteLineAsync($"Wrote {rows} {parse.GetValue(kind)} to {target.FullName}");
            return 0;
        }));
        return command;
    }
}
