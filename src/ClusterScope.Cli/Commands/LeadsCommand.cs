using System.CommandLine;
using ClusterScope.Data.Leads;
using ClusterScope.Data.Submissions;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Cli.Commands;

/// <summary><c>clusterscope leads export|sweep</c>: the investment lead pipeline.</summary>
internal static class LeadsCommand
{
    // The CLI runs with the database's own rights, as the province does: it sees every zone.
    private static readonly SubmissionUser Province = new("cli", IsAdmin: false, IsAnalyst: true, new HashSet<string>());

    public static Command Create(TextWriter output, TextWriter error) =>
        new("leads", "Investment leads: export the pipeline, record overdue next actions") { Export(output, error), Sweep(output, error) };

    private static Command Export(TextWriter output, TextWriter error)
    {
        var file = new Option<FileInfo>("--output") { Description = "The XLSX file to write (sheets leads, history, verified)", Required = true };
        var zone = new Option<string?>("--zone") { Description = "Only this zone's leads" };
        var command = new Command("export", "Write every lead, its stage history and the verified totals to an XLSX workbook") { file, zone };
        command.SetAction((parse, ct) => Guard.RunAsync(error, async () =>
        {
            var path = parse.GetValue(file)!.FullName;
            if (!path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            {
                await error.WriteLineAsync($"error: --output must name an .xlsx file; got {path}.");
                return CliApp.Failed;
            }

            await using var services = CliServices.Build(parse);
            await using var scope = services.CreateAsyncScope();
            var part = path + ".part";
            int count;
            await using (var stream = File.Create(part))
            {
                count = await scope.ServiceProvider.GetRequiredService<LeadExport>().WriteAsync(stream, Province, parse.GetValue(zone), ct);
            }

            File.Move(part, path, overwrite: true);
            await output.WriteLineAsync($"{Path.GetFileName(path)}: {count} lead(s) written.");
            return 0;
        }));
        return command;
    }

    private static Command Sweep(TextWriter output, TextWriter error)
    {
        var command = new Command("sweep", "Record an event for every next action past its due date (once per lead and date), for notifiers to read");
        command.SetAction((parse, ct) => Guard.RunAsync(error, async () =>
        {
            await using var services = CliServices.Build(parse);
            await using var scope = services.CreateAsyncScope();
            var added = await scope.ServiceProvider.GetRequiredService<LeadService>().RecordOverdueAsync(DateOnly.FromDateTime(DateTime.UtcNow), ct);
            await output.WriteLineAsync($"{added} overdue next action(s) recorded.");
            return 0;
        }));
        return command;
    }
}
