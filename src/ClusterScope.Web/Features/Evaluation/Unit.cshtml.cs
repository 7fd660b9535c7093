using ClusterScope.Data;
using ClusterScope.Data.Evaluation;
using ClusterScope.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.Evaluation;

public sealed class UnitModel(EvaluationService evaluation, ClusterScopeDbContext db) : PageModel
{
    public RunView View { get; private set; } = null!;

    public RunUnit Unit { get; private set; } = null!;

    public double?[] Medians { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, string unit, CancellationToken ct)
    {
        if (await RunView.LoadAsync(evaluation, db, id, Roles.ReadsAll(User), ct) is not { } view || view.Results.Units.FirstOrDefault(u => u.Unit == unit) is not { } row)
        {
            return NotFound();
        }

        (View, Unit, Medians) = (view, row, view.DimensionMedians());
        return Page();
    }
}
