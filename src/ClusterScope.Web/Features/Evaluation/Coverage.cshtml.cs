using ClusterScope.Data.Evaluation;
using ClusterScope.Domain.Evaluation;
using ClusterScope.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.Evaluation;

/// <summary>The data-coverage report before a run (admins and analysts): which indicators lack data for which zones, and
/// what the run will do about it.</summary>
public sealed class CoverageModel(EvaluationService evaluation) : PageModel
{
    [BindProperty(SupportsGet = true)] public int FrameworkId { get; set; }

    [BindProperty(SupportsGet = true)] public int Year { get; set; }

    [BindProperty(SupportsGet = true)] public bool Grouped { get; set; }

    public DataCoverage? Report { get; private set; }

    public FrameworkVersion? Framework { get; private set; }

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public IReadOnlyDictionary<string, (string Zh, string En)> Names { get; private set; } = new Dictionary<string, (string, string)>();

    public async Task<IActionResult> OnGetAsync([FromServices] Data.ClusterScopeDbContext db, CancellationToken ct)
    {
        if (!Roles.ReadsAll(User))
        {
            return Forbid();
        }

        Framework = await evaluation.GetFrameworkAsync(FrameworkId, ct);
        (Report, Errors) = await evaluation.CoverageAsync(FrameworkId, Year, Grouped, ct);
        Names = await RunView.ZoneNamesAsync(db, ct);
        return Page();
    }

    public string Name(string unit, bool zh) => Names.TryGetValue(unit, out var n) ? (zh ? n.Zh : n.En) : unit;
}
