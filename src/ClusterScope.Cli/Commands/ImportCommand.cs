using System.CommandLine;
using System.Text;
using ClusterScope.Data;
using ClusterScope.Data.Auditing;
using ClusterScope.Data.Intake;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Cli.Commands;

/// <summary><c>clusterscope import &lt;kind&gt; &lt;file&gt;</c> and <c>clusterscope import template &lt;kind&gt;</c>.</summary>
internal static class ImportCommand
{
    private const int ErrorsShown = 20;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var kind = new Argument<string>("kind") { Description = "What the file holds: " + string.Join(", ", DataImporter.Kinds) };
        kind.AcceptOnlyFromAmong([.. DataImporter.Kinds]);
        var file = new Argument<FileInfo>("file") { Description = "A CSV (UTF-8 or GBK) or XLSX file in the columns 'clusterscope data export' writes" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check the file and count what would change; write nothing" };
        var validRowsOnly = new Option<bool>("--valid-rows-only") { Description = "Import the valid rows even when others are refused" };
        var reportFile = new Option<FileInfo?>("--report") { Description = "Write every error to this CSV file (file,row,column,message,message_zh)" };
        var command = new Command("import", "Import observations, zones, clusters or enterprises from CSV or XLSX; nothing is written unless the file is valid")
        {
            kind, file, dryRun, validRowsOnly, reportFile, Template(output, error),
        };
        command.SetAction((parse, ct) => Guard.RunAsync(error, async () =>
        {
            var importKind = DataImporter.ParseKind(parse.GetValue(kind));
            var path = parse.GetValue(file)!.FullName;
            await using var services = CliServices.Build(parse);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ClusterScopeDbContext>();
            db.Audit = new AuditScope($"cli:{Environment.UserName}", "import");
            var importer = scope.ServiceProvider.GetRequiredService<DataImporter>();
            var options = new ImportOptions(parse.GetValue(dryRun), parse.GetValue(validRowsOnly));
            var report = await ProgressReporter.RunAsync(output, $"Importing {Path.GetFileName(path)}",
                progress => importer.ImportAsync(importKind, path, options, progress, ct));
            if (parse.GetValue(reportFile) is { } target)
            {
                await using var writer = new StreamWriter(target.FullName, false, new UTF8Encoding(true));
                await report.WriteErrorsCsvAsync(writer);
            }

            return await PrintAsync(report, output, error);
        }));
        return command;
    }

    private static async Task<int> PrintAsync(ImportReport report, TextWriter output, TextWriter error)
    {
        foreach (var e in report.Errors.Take(ErrorsShown))
        {
            await error.WriteLineAsync($"{e.File}{(e.Row > 0 ? $", row {e.Row}" : string.Empty)}{(e.Column.Length > 0 ? $", column {e.Column}" : string.Empty)}: {e.Message}");
        }

        if (report.ErrorCount > ErrorsShown)
        {
            await error.WriteLineAsync($"… and {report.ErrorCount - ErrorsShown} more (use --report errors.csv for all of them).");
        }

        if (report.Refused)
        {
            await error.WriteLineAsync($"Refused {report.File}: {report.ErrorCount} error(s) in {report.RowsRefused} of {report.RowsRead} rows; nothing was written.");
            return CliApp.Failed;
        }

        var verb = report.DryRun ? "Dry run, nothing written; would have" : "Imported " + report.File + ":";
        await output.WriteLineAsync($"{verb} {report.Added} added, {report.Updated} updated, {report.Unchanged} unchanged"
            + (report.RowsRefused > 0 ? $", {report.RowsRefused} rows refused." : "."));
        return 0;
    }

    private static Command Template(TextWriter output, TextWriter error)
    {
        var kind = new Argument<string>("kind") { Description = "What the template is for: " + string.Join(", ", DataImporter.Kinds) };
        kind.AcceptOnlyFromAmong([.. DataImporter.Kinds]);
        var file = new Option<FileInfo>("--output", "-o") { Description = "The template to write: a .csv or .xlsx file", Required = true };
        var zone = new Option<string?>("--zone") { Description = "Take the example rows from this zone (default: the first zone that has them)" };
        var command = new Command("template", "Write an import template with the expected columns and example rows from the database") { kind, file, zone };
        command.SetAction((parse, ct) => Guard.RunAsync(error, async () =>
        {
            var importKind = DataImporter.ParseKind(parse.GetValue(kind));
            var target = parse.GetValue(file)!;
            await using var services = CliServices.Build(parse);
            await using var scope = services.CreateAsyncScope();
            var templates = scope.ServiceProvider.GetRequiredService<ImportTemplates>();
            await using (var stream = File.Create(target.FullName))
            {
                if (target.Extension.Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
                {
                    await templates.WriteXlsxAsync(importKind, parse.GetValue(zone), stream, ct);
                }
                else
                {
                    await templates.WriteCsvAsync(importKind, parse.GetValue(zone), stream, ct);
                }
            }

            await output.WriteLineAsync($"Wrote the {parse.GetValue(kind)} template to {target.FullName}");
            return 0;
        }));
        return command;
    }
}
