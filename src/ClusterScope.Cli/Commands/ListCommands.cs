using System.CommandLine;
using ClusterScope.Data.Registry;
using ClusterScope.Domain.Registry;
using Microsoft.Extensions.DependencyInjection;

namespace ClusterScope.Cli.Commands;

/// <summary><c>clusterscope zones list</c> and <c>clusterscope clusters list</c>.</summary>
internal static class ListCommands
{
    private static readonly Option<string> Format = new("--format", "-f") { Description = "Output format", DefaultValueFactory = _ => "table" };
    private static readonly Option<string?> Prefecture = new("--prefecture") { Description = "Prefecture code, e.g. 220100" };
    private static readonly Option<ZoneLevel?> Level = new("--level") { Description = "Zone level: National or Provincial" };
    private static readonly Option<string?> Category = new("--category") { Description = "Industry category code, e.g. auto_parts" };
    private static readonly Option<string?> Search = new("--search") { Description = "Part of a name or code" };
    private static readonly Option<bool> Descending = new("--desc") { Description = "Reverse the order" };

    static ListCommands() => Format.AcceptOnlyFromAmong(Listing.Formats);

    public static Command CreateZones(TextWriter output, TextWriter error)
    {
        var type = new Option<string?>("--type") { Description = "GB/T 37028 type code, e.g. 101" };
        var sort = SortOption(RegistryQueries.ZoneSortColumns);
        var list = new Command("list", "List development zones") { Prefecture, Level, type, Category, Search, sort, Descending, Format };
        list.SetAction((parse, ct) => Guard.RunAsync(error, async () =>
        {
            await using var services = CliServices.Build(parse);
            await using var scope = services.CreateAsyncScope();
            var queries = scope.ServiceProvider.GetRequiredService<RegistryQueries>();
            var filter = new ZoneFilter(parse.GetValue(Prefecture), parse.GetValue(Level), parse.GetValue(type), parse.GetValue(Category), parse.GetValue(Search));
            var page = await queries.ListZonesAsync(filter, PageRequest.All with { Sort = parse.GetValue(sort), Descending = parse.GetValue(Descending) }, ct);
            var listing = new Listing(["code", "name_zh", "name_en", "prefecture", "level", "type", "approval", "area_ha", "clusters", "output_year", "output_100m_cny", "output_sample"]);
            foreach (var z in page.Items)
            {
                listing.Add(z.Code, z.NameZh, z.NameEn, z.PrefectureCode, z.Level.ToString(), z.TypeCode, z.ApprovalDate?.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
                    z.AreaHectares, z.ClusterCount, z.OutputYear, z.Output, z.OutputIsSample);
            }

            await listing.WriteAsync(output, parse.GetValue(Format)!);
            return 0;
        }));
        return new Command("zones", "Development zones") { list };
    }

    public static Command CreateClusters(TextWriter output, TextWriter error)
    {
        var zone = new Option<string?>("--zone") { Description = "Zone code" };
        var tier = new Option<OutputTier?>("--tier") { Description = "Output tier: Over100Bn, Over10Bn, Over5Bn, Over2Bn, Below2Bn" };
        var year = new Option<int?>("--year") { Description = "Year of the figures (default: the latest year whose coverage reaches Periods:MinimumCoverage)" };
        var sort = SortOption(RegistryQueries.ClusterSortColumns);
        var list = new Command("list", "List clusters with their output, tier, enterprises and employment") { Prefecture, zone, Level, Category, tier, year, Search, sort, Descending, Format };
        list.SetAction((parse, ct) => Guard.RunAsync(error, async () =>
        {
            await using var services = CliServices.Build(parse);
            await using var scope = services.CreateAsyncScope();
            var queries = scope.ServiceProvider.GetRequiredService<RegistryQueries>();
            var filter = new ClusterFilter(parse.GetValue(Prefecture), parse.GetValue(zone), parse.GetValue(Level), parse.GetValue(Category),
                parse.GetValue(tier), parse.GetValue(year), parse.GetValue(Search));
            var page = await queries.ListClustersAsync(filter, PageRequest.All with { Sort = parse.GetValue(sort), Descending = parse.GetValue(Descending) }, ct);
            var listing = new Listing(["code", "name_zh", "name_en", "zone", "prefecture", "category", "year", "output_100m_cny", "tier", "enterprises", "employment", "sample"]);
            foreach (var c in page.Items)
            {
                listing.Add(c.Code, c.NameZh, c.NameEn, c.ZoneCode, c.PrefectureCode, c.CategoryCode, c.Year, c.Output, c.Tier?.ToString(), c.Enterprises, c.Employment, c.FiguresAreSample);
            }

            await listing.WriteAsync(output, parse.GetValue(Format)!);
            return 0;
        }));
        return new Command("clusters", "Clusters") { list };
    }

    private static Option<string?> SortOption(IReadOnlyList<string> columns)
    {
        var sort = new Option<string?>("--sort") { Description = "Sort by: " + string.Join(", ", columns) };
        sort.AcceptOnlyFromAmong([.. columns]);
        return sort;
    }
}
