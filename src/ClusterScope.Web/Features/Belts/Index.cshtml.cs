using ClusterScope.Data.Registry;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.Belts;

public sealed class IndexModel(RegistryQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public IReadOnlyList<BeltPerformance> Belts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Belts = await queries.BeltPerformanceAsync(Year is >= 1949 and <= 2100 ? Year : null, null, ct);
}
