using System.CommandLine;
using System.Globalization;
using ClusterScope.Analytics.InputOutput;
using ClusterScope.Data.DefaultData;
using ClusterScope.Data.InputOutput;

namespace ClusterScope.Cli.Commands;

/// <summary><c>clusterscope io tables|multipliers|linkages|impact|calc</c>: input-output analysis on the shipped NBS tables or a user's table, no database.</summary>
internal static class IoCommand
{
    public static Command Create(TextWriter output, TextWriter error) =>
        new("io", "Input-output economics: multipliers, linkages, key sectors and scenario impacts (docs/analytics/input-output.md)")
        {
            Tables(output, error), Multipliers(output, error), LinkagesCommand(output, error), Impact(output, error), Calc(output, error),
        };

    private static Option<string> DatasetOption() => new("--data") { Description = "Data set name under data/ or its folder", DefaultValueFactory = _ => "jilin" };

    private static Command Tables(TextWriter output, TextWriter error)
    {
        var data = DatasetOption();
        var format = Listing.FormatOption();
        var command = new Command("tables", "List the input-output tables of the data set") { data, format };
        command.SetAction((parse, _) => Guard.RunAsync(error, async () =>
        {
            var listing = new Listing(["id", "year", "sectors", "file"]);
            foreach (var entry in IoTableCatalogue.List(Path.Combine(DatasetLoader.Locate(parse.GetValue(data)!), "io")))
            {
                listing.Add(entry.Id, entry.Year, entry.SectorCount, Path.GetFileName(entry.Path));
            }

            await listing.WriteAsync(output, parse.GetValue(format)!);
            return 0;
        }));
        return command;
    }

    private sealed record SetupOptions(Option<string> Data, Option<string> Table, Option<string?> Region, Option<string> Method, Option<double> Delta)
    {
        public static SetupOptions Create()
        {
            var method = new Option<string>("--method") { Description = "With --region: slq, cilq, flq or aflq", DefaultValueFactory = _ => "flq" };
            method.AcceptOnlyFromAmong("slq", "cilq", "flq", "aflq");
            return new(DatasetOption(),
                new Option<string>("--table") { Description = "Table id (see 'io tables')", DefaultValueFactory = _ => IoTableCatalogue.DefaultId },
                new Option<string?>("--region") { Description = "Regionalise to this region by location quotients (220000 = Jilin)" },
                method,
                new Option<double>("--delta") { Description = "FLQ/AFLQ delta in [0, 1)", DefaultValueFactory = _ => Regionalisation.DefaultDelta });
        }

        public void AddTo(Command command)
        {
            command.Options.Add(Data);
            command.Options.Add(Table);
            command.Options.Add(Region);
            command.Options.Add(Method);
            command.Options.Add(Delta);
        }

        public IoSetup Prepare(ParseResult parse)
        {
            var region = parse.GetValue(Region);
            var regionalisation = region is null ? null
                : new IoRegionalisation(region, Enum.Parse<RegionalisationMethod>(parse.GetValue(Method)!, ignoreCase: true), parse.GetValue(Delta));
            return IoAnalysis.Prepare(DatasetLoader.Locate(parse.GetValue(Data)!), parse.GetValue(Table)!, regionalisation);
        }
    }

    private static Option<int> TypeOption(int byDefault)
    {
        var type = new Option<int>("--type") { Description = "1: open model (Type I); 2: households endogenous (Type II)", DefaultValueFactory = _ => byDefault };
        type.AcceptOnlyFromAmong("1", "2");
        return type;
    }

    private static Command Multipliers(TextWriter output, TextWriter error)
    {
        var setup = SetupOptions.Create();
        var type = TypeOption(1);
        var format = Listing.FormatOption();
        var command = new Command("multipliers", "Output, value-added, income and employment multipliers with linkages and key sectors, one row per sector") { type, format };
        setup.AddTo(command);
        command.SetAction((parse, _) => Guard.RunAsync(error, async () =>
        {
            var prepared = setup.Prepare(parse);
            var listing = new Listing(["sector", "name_en", "name_zh", "output_multiplier", "value_added_multiplier", "income_multiplier", "employment_multiplier", "backward_linkage", "forward_linkage", "key_sector"]);
            foreach (var m in IoAnalysis.Multipliers(prepared, parse.GetValue(type)))
            {
                listing.Add(m.Sector.Code, m.Sector.NameEn, m.Sector.NameZh, Round(m.Output), Round(m.ValueAdded), Round(m.Income), Round(m.Employment), Round(m.Backward), Round(m.Forward), m.Role == SectorRole.Key ? "yes" : "no");
            }

            await Describe(output, parse.GetValue(format)!, prepared, $"Type {parse.GetValue(type)}");
            await listing.WriteAsync(output, parse.GetValue(format)!);
            return 0;
        }));
        return command;
    }

    private static Command LinkagesCommand(TextWriter output, TextWriter error)
    {
        var setup = SetupOptions.Create();
        var format = Listing.FormatOption();
        var command = new Command("linkages", "Direct and total linkages, dispersion indices, key-sector quadrant and the output lost by extracting each sector") { format };
        setup.AddTo(command);
        command.SetAction((parse, _) => Guard.RunAsync(error, async () =>
        {
            var prepared = setup.Prepare(parse);
            var a = prepared.Model.A;
            var x = prepared.Table.Output;
            var b = IoAnalysis.Allocation(prepared);
            var backward = Linkages.PowerOfDispersion(prepared.L);
            var forward = Linkages.GhoshForwardIndex(Ghosh.Inverse(b));
            var sensitivity = Linkages.SensitivityOfDispersion(prepared.L);
            var directBackward = Linkages.DirectBackward(a);
            var directForward = Linkages.DirectForward(b);
            var roles = Linkages.Classify(backward, forward);
            var y = FinalDemand(a, x);
            var listing = new Listing(["sector", "name_en", "name_zh", "direct_backward", "direct_forward", "power_of_dispersion", "sensitivity_of_dispersion", "ghosh_forward_index", "role", "extraction_loss_share"]);
            for (var j = 0; j < x.Length; j++)
            {
                var s = prepared.Table.Sectors[j];
                listing.Add(s.Code, s.NameEn, s.NameZh, Round(directBackward[j]), Round(directForward[j]), Round(backward[j]), Round(sensitivity[j]), Round(forward[j]),
                    RoleName(roles[j]), Round(HypotheticalExtraction.Total(a, y, j).RelativeLoss));
            }

            await Describe(output, parse.GetValue(format)!, prepared, "linkages");
            await listing.WriteAsync(output, parse.GetValue(format)!);
            return 0;
        }));
        return command;
    }

    private static Command Impact(TextWriter output, TextWriter error)
    {
        var setup = SetupOptions.Create();
        var shock = new Option<FileInfo?>("--shock") { Description = "Final-demand change, CSV sector,value in the table's unit (10k CNY)" };
        var change = new Option<string?>("--output-change") { Description = "Instead of --shock: SECTOR:AMOUNT, an exogenous output change of one sector (mixed model)" };
        var investment = new Option<double?>("--investment")
        {
            Description = "Instead of --shock: an investment's construction phase, AMOUNT in the table's unit, spread over products as the table's gross fixed capital formation (FU201), the region's share when regionalised",
        };
        var type = TypeOption(2);
        var format = Listing.FormatOption();
        var command = new Command("impact", "Impact of a scenario by sector on output, value added, income and jobs, direct/indirect/induced") { shock, change, investment, type, format };
        setup.AddTo(command);
        command.SetAction((parse, _) => Guard.RunAsync(error, async () =>
        {
            var (file, mixed, spent) = (parse.GetValue(shock), parse.GetValue(change), parse.GetValue(investment));
            if (new object?[] { file, mixed, spent }.Count(v => v is not null) != 1)
            {
                throw new ArgumentException("Give one of --shock FILE, --output-change SECTOR:AMOUNT or --investment AMOUNT.");
            }

            if (spent is { } amountSpent && (!double.IsFinite(amountSpent) || amountSpent <= 0))
            {
                throw new ArgumentException($"--investment {amountSpent.ToString(CultureInfo.InvariantCulture)}: give a positive amount in the table's unit (10k CNY).");
            }

            var prepared = setup.Prepare(parse);
            var model = parse.GetValue(type) == 1 ? prepared.Model with { HouseholdConsumption = null } : prepared.Model;
            Impact impact;
            if (file is not null)
            {
                impact = Impacts.OfFinalDemand(model, IoAnalysis.ReadShock(file.FullName, prepared.Table));
            }
            else if (spent is { } capital)
            {
                impact = Impacts.OfFinalDemand(model, ProjectImpacts.ConstructionDemand(prepared, capital));
            }
            else
            {
                var parts = mixed!.Split(':');
                if (parts.Length != 2 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount))
                {
                    throw new ArgumentException($"--output-change '{mixed}': write SECTOR:AMOUNT, e.g. 14:-1000000.");
                }

                impact = Impacts.OfOutputChange(model, prepared.Table.SectorIndex(parts[0]), amount);
            }

            var listing = new Listing(["sector", "name_en", "name_zh", "output_direct", "output_indirect", "output_induced", "output_total", "value_added_total", "income_total", "jobs_direct", "jobs_indirect", "jobs_induced", "jobs_total"]);
            var (o, va, inc, jobs) = (impact.Output, impact.ValueAdded.Total, impact.Income.Total, impact.Employment);
            var total = o.Total;
            var jobsTotal = jobs.Total;
            for (var j = 0; j < total.Length; j++)
            {
                var s = prepared.Table.Sectors[j];
                listing.Add(s.Code, s.NameEn, s.NameZh, Round(o.Direct[j]), Round(o.Indirect[j]), Round(o.Induced[j]), Round(total[j]), Round(va[j]), Round(inc[j]),
                    Round(jobs.Direct[j]), Round(jobs.Indirect[j]), Round(jobs.Induced[j]), Round(jobsTotal[j]));
            }

            listing.Add("total", "Total", "合计", Round(o.Direct.Sum()), Round(o.Indirect.Sum()), Round(o.Induced.Sum()), Round(total.Sum()), Round(va.Sum()), Round(inc.Sum()),
                Round(jobs.Direct.Sum()), Round(jobs.Indirect.Sum()), Round(jobs.Induced.Sum()), Round(jobsTotal.Sum()));
            await Describe(output, parse.GetValue(format)!, prepared, $"Type {parse.GetValue(type)}; output, value added and income in {prepared.Table.Unit}, jobs in persons");
            await listing.WriteAsync(output, parse.GetValue(format)!);
            return 0;
        }));
        return command;
    }

    private static Command Calc(TextWriter output, TextWriter error)
    {
        var z = new Option<FileInfo>("--z") { Description = "Z as long CSV: row_region,row_sector,col_region,col_sector,value", Required = true };
        var y = new Option<FileInfo>("--y") { Description = "Y as long CSV: row_region,row_sector,col_region,col_category,value", Required = true };
        var f = new Option<FileInfo?>("--f") { Description = "Extensions as long CSV: extension,stressor,col_region,col_sector,value" };
        var folder = new Option<DirectoryInfo>("--output-dir") { Description = "Folder for x, A, L, B, G, S, M, M_down and the accounts (long CSV)", Required = true };
        var command = new Command("calc", "Compute a user table as pymrio's calc_all does and write the results as long CSV") { z, y, f, folder };
        command.SetAction((parse, ct) => Guard.RunAsync(error, async () =>
        {
            var table = UserTableReader.Read(parse.GetValue(z)!.FullName, parse.GetValue(y)!.FullName, parse.GetValue(f)?.FullName);
            var results = UserTableResults.Compute(table);
            var target = parse.GetValue(folder)!;
            await results.WriteAsync(target.FullName, ct);
            await output.WriteLineAsync($"io calc: {table.Regions.Count} region(s) x {table.Sectors.Count} sectors, {table.Extensions.Count} extension(s); wrote {results.FileNames.Count()} files to {target.FullName}");
            return 0;
        }));
        return command;
    }

    private static double[] FinalDemand(Analytics.Matrix a, double[] x)
    {
        // y = (I - A) x: the final demand that the (possibly regionalised) coefficients imply for the table's output.
        var y = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            y[i] = x[i] - System.Numerics.Tensors.TensorPrimitives.Dot(a.Row(i), x);
        }

        return y;
    }

    private static async Task Describe(TextWriter output, string format, IoSetup setup, string what)
    {
        if (format == "table")
        {
            await output.WriteLineAsync($"{what}: {setup.Description}");
        }
    }

    private static string RoleName(SectorRole role) => role switch
    {
        SectorRole.Key => "key",
        SectorRole.BackwardOriented => "backward",
        SectorRole.ForwardOriented => "forward",
        _ => "weak",
    };

    private static double? Round(double value) => double.IsNaN(value) ? null : Math.Round(value, 6);
}
