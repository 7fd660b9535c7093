using System.CommandLine;
using ClusterScope.Data.Chains;

namespace ClusterScope.Cli.Commands;

/// <summary><c>clusterscope chains list|segments</c>: the shipped industrial-chain templates.</summary>
internal static class ChainsCommand
{
    public static Command Create(TextWriter output, TextWriter error) =>
        new("chains", "Industrial-chain templates (data/jilin/chains): list them and their segments") { List(output, error), Segments(output, error) };

    private static Command List(TextWriter output, TextWriter error)
    {
        var format = Listing.FormatOption();
        var command = new Command("list", "List the chain templates: code, version, names, programme categories, segments, links") { format };
        command.SetAction((parse, ct) => Guard.RunAsync(error, async () =>
        {
            var listing = new Listing(["code", "version", "name_zh", "name_en", "categories", "segments", "links"]);
            foreach (var chain in ChainTemplates.Shipped())
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
            var chains = ChainTemplates.Shipped();
            var wanted = parse.GetValue(code)!;
            if (chains.FirstOrDefault(c => c.Code == wanted) is not { } chain)
            {
                await error.WriteLineAsync($"error: no chain '{wanted}'. Known: {string.Join(", ", chains.Select(c => c.Code))}.");
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
}
