using System.CommandLine;
using ClusterScope.Data.Export;
using System.Globalization;
using System.Text.Json;
using ClusterScope.Data.Evaluation;
using ClusterScope.Domain.Evaluation;

namespace ClusterScope.Cli.Commands;

/// <summary><c>clusterscope evaluate --framework F.json --data D.csv</c>: a composite-indicator evaluation of any
/// <c>unit,indicator,value[,period]</c> file, with Monte Carlo rank intervals, group ranks and awards.</summary>
internal static class EvaluateCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static Command Create(TextWriter output, TextWriter error)
    {
        var framework = new Option<FileInfo>("--framework") { Description = "Framework file (JSON; see docs/evaluation/framework-format.md and data/jilin/frameworks/)", Required = true };
        var data = new Option<FileInfo>("--data", "-d") { Description = "CSV with columns unit,indicator,value and optionally period and provenance (real or sample)", Required = true };
        var mc = new Option<int>("--mc") { Description = "Monte Carlo replications for the rank intervals (0: none)", DefaultValueFactory = _ => 10_000 };
        var seed = new Option<int>("--seed") { Description = "Seed of the Monte Carlo; the same seed gives the same output", DefaultValueFactory = _ => 1 };
        var file = new Option<FileInfo?>("--output", "-o") { Description = "Where to write the results; standard output when omitted" };
        var format = new Option<string>("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json");
        var period = new Option<string?>("--period") { Description = "Evaluate one period of a file with a period column (default: the latest)" };
        var groups = new Option<FileInfo?>("--groups") { Description = "CSV unit,group: groups for group ranks, group weights and group imputation" };
        var previous = new Option<FileInfo?>("--previous") { Description = "A previous evaluate output (CSV), for 'most improved' awards" };
        var stages = new Option<DirectoryInfo?>("--stages") { Description = "Folder for every stage of the pipeline, the coherence report and the uncertainty summary as CSV files (docs/evaluation/stages.md)" };
        var command = new Command("evaluate", "Evaluate units with a composite-indicator framework: scores, ranks, rank intervals and awards (no database needed)")
        {
            framework, data, mc, seed, file, format, period, groups, previous, stages,
        };
        mc.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 0)
            {
                r.AddError("--mc must be 0 or more.");
            }
        });
        command.SetAction((parse, ct) => Guard.RunAsync(error, async () =>
        {
            var definition = FrameworkReader.Read(parse.GetValue(framework)!.FullName);
            var dataset = EvaluationDataReader.Read(parse.GetValue(data)!.FullName);
            var groupMap = parse.GetValue(groups) is { } g ? EvaluationDataReader.ReadGroups(g.FullName) : null;
            var input = dataset.For(parse.GetValue(period), groupMap);
            var options = new EvaluationOptions(parse.GetValue(mc), parse.GetValue(seed),
                parse.GetValue(previous) is { } p ? EvaluationDataReader.ReadRanks(p.FullName) : null);
            var result = await EvaluateAsync(output, definition, input, options);
            foreach (var note in result.Notes)
            {
                await error.WriteLineAsync($"note: {note}");
            }

            var provenance = dataset.SampleIn(parse.GetValue(period)) is { } isSample ? EvaluationProvenance.Of(result, input.Raw, isSample) : null;
            if (provenance is { SampleFigures: > 0 })
            {
                await error.WriteLineAsync($"note: {EvaluationProvenance.Note(provenance.SampleFigures, provenance.Figures).En}");
            }

            if (parse.GetValue(stages) is { } folder)
            {
                var written = await EvaluationStages.WriteAsync(folder, result, parse.GetValue(seed), error);
                await error.WriteLineAsync($"note: wrote {string.Join(", ", written)} to {folder.FullName}");
            }

            var table = EvaluationTable.From(result, parse.GetValue(period) ?? (dataset.Periods.Count == 0 ? null : dataset.Periods[^1]), provenance);
            var target = parse.GetValue(file);
            if (target is null)
            {
                await WriteAsync(output, table, parse.GetValue(format)!);
                return 0;
            }

            await TabularOutput.WriteFileAsync(target, async writer =>
            {
                await WriteAsync(writer, table, parse.GetValue(format)!);
                return table.Rows.Count;
            });
            var ranked = result.Units.Count(u => u.ExcludedReason is null);
            await output.WriteLineAsync($"evaluate: {definition.Code} {definition.Version}: {ranked} of {result.Units.Count} units ranked; wrote {target.FullName}");
            return 0;
        }));
        return command;
    }

    private static Task<EvaluationResult> EvaluateAsync(TextWriter output, EvaluationFramework framework, Analytics.Composite.CompositeData input,
        EvaluationOptions options)
    {
        // Progress goes to a terminal only: redirected output is the results (or a log), which bar lines would spoil.
        if (options.Replications == 0 || !ReferenceEquals(output, Console.Out) || Console.IsOutputRedirected)
        {
            return Task.Run(() => Evaluator.Evaluate(framework, input, options));
        }

        return ProgressReporter.RunAsync(output, "Monte Carlo", progress => Task.Run(() => Evaluator.Evaluate(framework, input, options,
            new Progress<int>(done => progress.Report(((double)done / options.Replications,
                string.Create(CultureInfo.InvariantCulture, $"{done:N0} of {options.Replications:N0} replications")))))));
    }

    private static async Task WriteAsync(TextWriter writer, EvaluationTable table, string format)
    {
        if (format == "json")
        {
            var rows = TableWriter.Records(table.Columns, table.Rows);
            await writer.WriteLineAsync(JsonSerializer.Serialize(new { about = table.About, units = rows }, Json));
            return;
        }

        await TableWriter.WriteCsvAsync(writer, table.Columns, table.Rows);
    }
}
