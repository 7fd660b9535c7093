using ClusterScope.Data.Targets;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.Plans;

public sealed class TargetModel(PlanService plans) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Period { get; set; }

    public string PlanCode { get; private set; } = "";

    public TargetEntities Entities { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, int id, CancellationToken ct)
    {
        var entities = await plans.EntitiesAsync(code, id, Period, ct);
        if (entities is null)
        {
            return NotFound();
        }

        (PlanCode, Entities) = (code, entities);
        return Page();
    }
}
