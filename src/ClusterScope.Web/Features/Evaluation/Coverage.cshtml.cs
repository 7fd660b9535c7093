using ClusterScope.Data.Evaluation;
using ClusterScope.Domain;
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

        // Opened without a choice (e.g. from a link), the report covers the first framework and the newest year with data.
        if (FrameworkId == 0 && await evaluation.ListFrameworksAsync(ct) is [var first, ..])
        {
            FrameworkId = first.Id;
        }

        if (Year == 0 && await evaluation.PeriodsAsync(ct) is [var newest, ..])
        {
            Year = newest;
        }

        Framework = await evaluation.GetFrameworkAsync(FrameworkId, ct);
        var (report, errors) = await evaluation.CoverageAsync(FrameworkId, Year, Grouped, ct);
        (Report, Errors) = (report, errors is FieldErrors bilingual ? bilingual.In(Ui.IsChinese) : errors);
        Names = await RunView.ZoneNamesAsync(db, ct);
        return Page();
    }

    public string Name(string unit, bool zh) => Names.TryGetValue(unit, out var n) ? (zh ? n.Zh : n.En) : unit;
}
