using ClusterScope.Data.Registry;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.Dashboard;

public sealed class IndexModel(RegistryQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public DashboardSummary Summary { get; private set; } = null!;

    public IReadOnlyList<ClusterRow> TopClusters { get; private set; } = [];

    public IReadOnlyList<ZoneRow> TopZones { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var year = Year is >= 1949 and <= 2100 ? Year : null;
        Summary = await queries.DashboardAsync(year, ct);
        TopClusters = (await queries.ListClustersAsync(new ClusterFilter(Year: Summary.Year), new PageRequest(1, 10, "output", true), ct)).Items;
        TopZones = (await queries.ListZonesAsync(new ZoneFilter(), new PageRequest(1, 10, "output", true), ct)).Items;
    }
}
