using System.CommandLine;
using ClusterScope.Data.Export;
using System.Text.Json;
using ClusterScope.Analytics;
using ClusterScope.Data.Analysis;

namespace ClusterScope.Cli.Commands;

/// <summary><c>clusterscope analyze &lt;measure&gt; --input FILE.csv</c>: runs an analytics measure on any long-format CSV.</summary>
internal static class AnalyzeCommand
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static Command Create(TextWriter output, TextWriter error)
    {
        var measure = new Argument<string>("measure")
        {
            Description = "The measure (output columns and options: docs/analytics/README.md):" + string.Concat(AnalysisRunner.Measures.Select(m => $"\n  {m.Name,-28} {m.Description}{Accepted(m)}")),
        };
        measure.AcceptOnlyFromAmong([.. AnalysisRunner.Measures.Select(m => m.Name)]);
        measure.HelpName = "measure";
        var input = new Option<FileInfo>("--input", "-i") { Description = "Long-format CSV: region,industry,value[,year] or plant,region,industry,employment", Required = true };
        var file = new Option<FileInfo?>("--output", "-o") { Description = "Where to write the result; standard output when omitted" };
        var format = new Option<string>("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json");
        var threshold = new Option<double>("--threshold") { Description = "RCA/LQ cut for presence (>=)", DefaultValueFactory = _ => 1 };
        var year = new Option<int?>("--year") { Description = "Analyse one year of a file with a year column (default: every year)" };
        var convention = new Option<string?>("--convention") { Description = "A reference package's convention where they differ: econgeo, reat, pyecomplexity (see docs/analytics)" };
        var variant = new Option<string?>("--variant") { Description = "The measure's variant (listed with each measure above)" };
        var rounding = new Option<string>("--rounding") { Description = "none, or econgeo to round as EconGeo does", DefaultValueFactory = _ => "none" };
        rounding.AcceptOnlyFromAmong("none", "econgeo");
        var population = new Option<FileInfo?>("--population") { Description = "CSV region,population for population-referenced measures (hoover, gini)" };
        var baseYear = new Option<int?>("--base-year") { Description = "Shift-share base year (default: the first year)" };
        var endYear = new Option<int?>("--end-year") { Description = "Shift-share end year (default: the last year)" };
        var by = new Option<string?>("--by") { Description = "hhi, reflections: region (default) or industry" };
        var proximity = new Option<string?>("--proximity") { Description = "complexity, density: the proximity behind density, COI and COG: minimum (default), asymmetric, continuous" };
        var steps = new Option<int?>("--steps") { Description = "reflections: number of reflections (default 20 for regions, 19 for industries, as EconGeo)" };
        var group = new Option<string?>("--group") { Description = "coagglomeration-group: the group's industries, comma-separated (default every industry)" };
        var national = new Option<FileInfo?>("--national") { Description = "shiftshare, shiftshare-industry: CSV year,industry,value of the nation's industry totals (default the sum of the file's regions)" };
        var command = new Command("analyze", "Compute a regional-economics measure from a CSV file (no database needed)")
        {
            measure, input, file, format, threshold, year, convention, variant, rounding, population, baseYear, endYear, by, proximity, steps, group, national,
        };
        command.SetAction((parse, ct) => Guard.RunAsync(error, async () =>
        {
            var definition = AnalysisRunner.Find(parse.GetValue(measure)!);
            var options = new AnalysisOptions(parse.GetValue(threshold), parse.GetValue(year), parse.GetValue(convention), parse.GetValue(variant),
                parse.GetValue(rounding) == "econgeo" ? Rounding.EconGeo : Rounding.None,
                parse.GetValue(population) is { } pop ? LongFormatReader.ReadPopulation(pop.FullName) : null,
                parse.GetValue(baseYear), parse.GetValue(endYear), parse.GetValue(by), parse.GetValue(proximity), parse.GetValue(steps),
                parse.GetValue(group)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
                parse.GetValue(national) is { } nation ? LongFormatReader.ReadNational(nation.FullName) : null);
            var path = parse.GetValue(input)!.FullName;
            var table = definition.Input == MeasureInput.Plants
                ? AnalysisRunner.Run(definition.Name, LongFormatReader.ReadPlants(path), options)
                : AnalysisRunner.Run(definition.Name, LongFormatReader.ReadRegionIndustry(path), options);
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
            await output.WriteLineAsync($"{definition.Name}: wrote {table.Rows.Count} rows ({string.Join(",", table.Columns)}) to {target.FullName}");
            return 0;
        }));
        return command;
    }

    // One line per measure: the accepted values follow the description, the default first.
    private static string Accepted(MeasureDefinition m) => string.Concat(
        new[] { ("--variant", m.Variants), ("--convention", m.Conventions), ("--by", m.By), ("--proximity", m.Proximities) }
            .Where(o => o.Item2.Count > 0)
            .Select(o => $"; {o.Item1} {string.Join("|", o.Item2)} (default {o.Item2[0]})"));

    private static async Task WriteAsync(TextWriter writer, AnalysisTable table, string format)
    {
        if (format == "json")
        {
            await writer.WriteLineAsync(JsonSerializer.Serialize(TableWriter.Records(table.Columns, table.Rows), Json));
            return;
        }

        await TableWriter.WriteCsvAsync(writer, table.Columns, table.Rows);
    }
}
