using System.CommandLine;
using System.Globalization;
using ClusterScope.Data.Chains;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Cli.Commands;

/// <summary><c>clusterscope chains list|segments|map|gaps</c>: the industrial-chain templates, their map in a place and its gaps.</summary>
internal static class ChainsCommand
{
    public static Command Create(TextWriter output, TextWriter error) =>
        new("chains", "Industrial-chain templates (data/jilin/chains): list them, their segments, a place's chain map and its gaps")
        {
            List(output, error), Segments(output, error), Map(output, error), Gaps(output, error),
        };

    private static Command Map(TextWriter output, TextWriter error)
    {
        var (code, place, year, format) = PlaceArguments();
        var command = new Command("map", "A place's chain map: per segment the status, enterprises, output, employment, share and leading firms")
        {
            code, place, year, format,
        };
        command.SetAction((parse, ct) => ForPlace(parse, code, place, error, async (services, found) =>
        {
            var map = await services.GetRequiredService<ChainMapService>().MapAsync(found.Chain, found.Place, parse.GetValue(year), ct);
            var listing = new Listing(["segment", "name_zh", "name_en", "stage", "status", "enterprises", "output", "employment", "share_pct", "leading"]);
            foreach (var s in map.Segments)
            {
                listing.Add(s.Segment.Code, s.Segment.NameZh, s.Segment.NameEn, s.Segment.Stage.ToString().ToLowerInvariant(),
                    s.Status.ToString().ToLowerInvariant(), s.Enterprises.Count, Math.Round(s.Output, 2), s.Employment, Math.Round(s.Share * 100, 1),
                    string.Join("; ", s.Leading.Select(e => e.NameZh)));
            }

            await Caption(output, error, parse.GetValue(format)!, $"{map.Chain.NameEn} in {map.Place.NameEn} ({map.Place.Code}), {Year(map.Year)}; "
                + $"{map.Unplaced.Count} enterprise(s) wait for a hand placement{(map.HasSample ? "; figures include sample data" : string.Empty)}");
            await listing.WriteAsync(output, parse.GetValue(format)!);
            return 0;
        }, ct));
        return command;
    }

    private static Command Gaps(TextWriter output, TextWriter error)
    {
        var (code, place, year, format) = PlaceArguments();
        var command = new Command("gaps", "A place's missing and weak segments, scored: position, relatedness density, complexity (docs/analytics/chain-gaps.md)")
        {
            code, place, year, format,
        };
        command.SetAction((parse, ct) => ForPlace(parse, code, place, error, async (services, found) =>
        {
            var gaps = await services.GetRequiredService<ChainMapService>().GapsAsync(found.Chain, found.Place, parse.GetValue(year), ct);
            var listing = new Listing(["rank", "segment", "name_zh", "name_en", "status", "score", "position", "linked", "neighbours", "value_share",
                "density", "pci", "cog", "complexity", "industries", "open_leads"]);
            var rank = 0;
            foreach (var g in gaps.Gaps)
            {
                var segment = found.Chain.Segment(g.SegmentCode)!;
                listing.Add(++rank, g.SegmentCode, segment.NameZh, segment.NameEn, g.Status.ToString().ToLowerInvariant(), Round(g.Score), Round(g.Position),
                    g.LinkedPresent, g.Neighbours, g.ValueShare, Round(g.Density), Round(g.Pci), Round(g.Cog), Round(g.Complexity),
                    string.Join(";", g.Industries), gaps.OpenLeads.GetValueOrDefault(g.SegmentCode));
            }

            var comparison = gaps.ComparisonLevel is { } level
                ? $"relatedness over {gaps.ComparisonPlaces} {level.ToString().ToLowerInvariant()} places{(gaps.HasComplexity ? string.Empty : "; PCI/COG undefined (network disconnected)")}"
                : "the province has no peers: scored on position and PCI";
            await Caption(output, error, parse.GetValue(format)!, $"Gaps of the {gaps.Map.Chain.NameEn} in {gaps.Map.Place.NameEn} ({gaps.Map.Place.Code}), {Year(gaps.Map.Year)}; {comparison}");
            await listing.WriteAsync(output, parse.GetValue(format)!);
            return 0;
        }, ct));
        return command;
    }

    private static (Argument<string> Code, Option<string> Place, Option<int?> Year, Option<string> Format) PlaceArguments() => (
        new Argument<string>("chain") { Description = "The chain's code, e.g. auto" },
        new Option<string>("--place", "-p")
        {
            Description = "A cluster, zone or region code: e.g. 22010101 (a zone), 220100 (Changchun), 220000 (the province)", Required = true,
        },
        new Option<int?>("--year") { Description = "The year of the enterprise figures (default: the latest with revenue figures)" },
        Listing.FormatOption());

    /// <summary>Runs <paramref name="action"/> with the chain and place the command names, or reports which is unknown.</summary>
    private static Task<int> ForPlace(ParseResult parse, Argument<string> code, Option<string> place, TextWriter error,
        Func<IServiceProvider, (Domain.Chains.ChainTemplate Chain, ChainPlace Place), Task<int>> action, CancellationToken ct) => Guard.RunAsync(error, async () =>
    {
        await using var services = CliServices.Build(parse);
        await using var scope = services.CreateAsyncScope();
        return await ResolveAsync(scope.ServiceProvider, parse.GetValue(code)!, parse.GetValue(place)!, error, ct) is { } found
            ? await action(scope.ServiceProvider, found)
            : CliApp.Failed;
    });

    private static async Task<(Domain.Chains.ChainTemplate Chain, ChainPlace Place)?> ResolveAsync(IServiceProvider services, string chainCode,
        string placeCode, TextWriter error, CancellationToken ct)
    {
        var catalogue = services.GetRequiredService<ChainCatalogue>();
        if (catalogue.Find(chainCode) is not { } chain)
        {
            await error.WriteLineAsync($"error: no chain '{chainCode}'. Known: {string.Join(", ", catalogue.All.Select(c => c.Code))}.");
            return null;
        }

        if (await services.GetRequiredService<ChainMapService>().PlaceAsync(placeCode, ct) is not { } place)
        {
            await error.WriteLineAsync($"error: --place '{placeCode}' is not a cluster, zone, prefecture or province code (e.g. 220100 for Changchun, 220000 for the province).");
            return null;
        }

        return (chain, place);
    }

    // The caption goes to stderr for csv and json, so that the output stays a clean file.
    private static Task Caption(TextWriter output, TextWriter error, string format, string text) =>
        (format == "table" ? output : error).WriteLineAsync(text);

    private static string Year(int? year) => year?.ToString(CultureInfo.InvariantCulture) ?? "no enterprise figures";

    private static double? Round(double value) => double.IsFinite(value) ? Math.Round(value, 4) : null;

    private static Command List(TextWriter output, TextWriter error)
    {
        var format = Listing.FormatOption();
        var command = new Command("list", "List the chain templates in use (each at its newest version): code, version, names, programme categories, segments, links") { format };
        command.SetAction((parse, ct) => Guard.RunAsync(error, async () =>
        {
            var listing = new Listing(["code", "version", "name_zh", "name_en", "categories", "segments", "links"]);
            foreach (var chain in (await CatalogueAsync(parse, error)).All)
            {
                listing.Add(chain.Code, chain.Version, chain.NameZh, chain.NameEn, string.Join(";", chain.CategoryCodes), chain.Segments.Count, chain.Links.Count);
            }

            await listing.WriteAsync(output, parse.GetValue(format)!);
            return 0;
        }));
        return command;
    }

    private static Command Segments(TextWriter output, TextWriter error)
    {
        var code = new Argument<string>("chain") { Description = "The chain's code, e.g. auto" };
        var format = Listing.FormatOption();
        var command = new Command("segments", "A chain's segments upstream to downstream: stage, names, GB/T 4754-2017 codes, what each supplies") { code, format };
        command.SetAction((parse, ct) => Guard.RunAsync(error, async () =>
        {
            var catalogue = await CatalogueAsync(parse, error);
            var wanted = parse.GetValue(code)!;
            if (catalogue.Find(wanted) is not { } chain)
            {
                await error.WriteLineAsync($"error: no chain '{wanted}'. Known: {string.Join(", ", catalogue.All.Select(c => c.Code))}.");
                return CliApp.Failed;
            }

            var listing = new Listing(["segment", "stage", "name_zh", "name_en", "industry_codes", "feeds"]);
            foreach (var segment in chain.Segments.OrderBy(s => s.Stage))
            {
                listing.Add(segment.Code, segment.Stage.ToString().ToLowerInvariant(), segment.NameZh, segment.NameEn, string.Join(";", segment.IndustryCodes),
                    string.Join(";", chain.Links.Where(l => l.From == segment.Code).Select(l => l.To)));
            }

            await listing.WriteAsync(output, parse.GetValue(format)!);
            return 0;
        }));
        return command;
    }

    /// <summary>The templates in use (the database's newest versions); the shipped files, with a note, before the database is set up.</summary>
    private static async Task<ChainCatalogue> CatalogueAsync(ParseResult parse, TextWriter error)
    {
        await using var services = CliServices.Build(parse);
        await using var scope = services.CreateAsyncScope();
        try
        {
            return scope.ServiceProvider.GetRequiredService<ChainCatalogue>();
        }
        catch (System.Data.Common.DbException e) when (Guard.IsNotSetUp(e))
        {
            await error.WriteLineAsync("note: the database is not set up, so these are the shipped templates (data/jilin/chains) without later edits.");
            return new ChainCatalogue([.. services.GetRequiredService<ChainTemplateStore>().ShippedTemplates.Select(s => s.Template)]);
        }
    }
}
