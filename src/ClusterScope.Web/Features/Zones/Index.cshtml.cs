using ClusterScope.Data.Registry;
using ClusterScope.Domain.Registry;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.Zones;

public sealed class IndexModel(RegistryQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Prefecture { get; set; }
    [BindProperty(SupportsGet = true)] public ZoneLevel? Level { get; set; }
    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true)] public bool Desc { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public Page<ZoneRow> Zones { get; private set; } = null!;

    public PeriodChoice Period { get; private set; } = null!;

    public IReadOnlyList<Region> Prefectures { get; private set; } = [];

    public IReadOnlyList<IndustryCategory> Categories { get; private set; } = [];

    public IReadOnlyList<(string Code, string Zh, string En)> Types { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var sort = Sort is not null && RegistryQueries.ZoneSortColumns.Contains(Sort) ? Sort : null;
        Period = await queries.ZonePeriodsAsync(Year is >= 1949 and <= 2100 ? Year : null, ct);
        Zones = await queries.ListZonesAsync(new ZoneFilter(Prefecture, Level, Type, Category, Search, Period.Selected), new PageRequest(Math.Max(1, PageNumber), 20, sort, Desc), ct);
        Prefectures = (await queries.ListRegionsAsync(RegionLevel.Prefecture, null, PageRequest.All, ct)).Items;
        Categories = await queries.ListCategoriesAsync(ct);
        Types = (await queries.ListZonesAsync(new ZoneFilter(), PageRequest.All, ct)).Items
            .Select(z => (z.TypeCode, z.TypeZh, z.TypeEn)).Distinct().OrderBy(t => t.TypeCode, StringComparer.Ordinal).ToList();
    }
}
