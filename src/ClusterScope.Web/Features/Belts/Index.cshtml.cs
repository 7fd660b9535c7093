using ClusterScope.Data.Registry;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.Belts;

public sealed class IndexModel(RegistryQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public IReadOnlyList<BeltPerformance> Belts { get; private set; } = [];

    public PeriodChoice Period { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Period = await queries.ClusterPeriodsAsync(Year is >= 1949 and <= 2100 ? Year : null, ct);
        Belts = await queries.BeltPerformanceAsync(Period.Selected, null, ct);
    }
}
