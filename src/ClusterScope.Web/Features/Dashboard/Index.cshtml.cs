using ClusterScope.Data.Registry;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.Dashboard;

public sealed class IndexModel(RegistryQueries queries) : PageModel
{
    public DashboardSummary Summary { get; private set; } = null!;

    public IReadOnlyList<ClusterRow> TopClusters { get; private set; } = [];

    public IReadOnlyList<ZoneRow> TopZones { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Summary = await queries.DashboardAsync(null, ct);
        TopClusters = (await queries.ListClustersAsync(new ClusterFilter(), new PageRequest(1, 10, "output", true), ct)).Items;
        TopZones = (await queries.ListZonesAsync(new ZoneFilter(), new PageRequest(1, 10, "output", true), ct)).Items;
    }
}
