using ClusterScope.Data.Targets;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.Plans;

public sealed class IndexModel(PlanService plans) : PageModel
{
    public IReadOnlyList<PlanSummary> Plans { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Plans = await plans.ListPlanStatusesAsync(ct);
}
