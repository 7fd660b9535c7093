using ClusterScope.Data.Registry;
using ClusterScope.Domain.Registry;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.Clusters;

public sealed class IndexModel(RegistryQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Prefecture { get; set; }
    [BindProperty(SupportsGet = true)] public ZoneLevel? Level { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public OutputTier? Tier { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true)] public bool Desc { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public Page<ClusterRow> Clusters { get; private set; } = null!;

    public PeriodChoice Period { get; private set; } = null!;

    public IReadOnlyList<Region> Prefectures { get; private set; } = [];

    public IReadOnlyList<IndustryCategory> Categories { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var sort = Sort is not null && RegistryQueries.ClusterSortColumns.Contains(Sort) ? Sort : null;
        Period = await queries.ClusterPeriodsAsync(Year is >= 1949 and <= 2100 ? Year : null, ct);
        Clusters = await queries.ListClustersAsync(new ClusterFilter(Prefecture, null, Level, Category, Tier, Period.Selected, Search),
            new PageRequest(Math.Max(1, PageNumber), 25, sort ?? "output", sort is null || Desc), ct);
        Prefectures = (await queries.ListRegionsAsync(RegionLevel.Prefecture, null, PageRequest.All, ct)).Items;
        Categories = await queries.ListCategoriesAsync(ct);
    }
}
