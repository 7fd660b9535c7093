using ClusterScope.Data;
using ClusterScope.Data.Evaluation;
using ClusterScope.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.Evaluation;

public sealed class CompareModel(EvaluationService evaluation, ClusterScopeDbContext db) : PageModel
{
    public RunView A { get; private set; } = null!;

    public RunView B { get; private set; } = null!;

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? a, int? b, CancellationToken ct)
    {
        if (a is null || b is null)
        {
            Error = "Choose two runs, A and B.";
            return Page();
        }

        if (await RunView.LoadAsync(evaluation, db, a.Value, Roles.ReadsAll(User), ct) is not { } first || await RunView.LoadAsync(evaluation, db, b.Value, Roles.ReadsAll(User), ct) is not { } second)
        {
            return NotFound();
        }

        (A, B) = (first, second);
        return Page();
    }
}
