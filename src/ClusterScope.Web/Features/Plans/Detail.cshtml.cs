using ClusterScope.Data.Targets;
using ClusterScope.Domain.Targets;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.Plans;

public sealed class DetailModel(PlanService plans) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Period { get; set; }

    public PlanProgress Progress { get; private set; } = null!;

    public IReadOnlyList<PlanFinding> Findings { get; private set; } = [];

    public bool BadPeriod { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        int? year = null;
        if (Period == "latest")
        {
            year = (await plans.PeriodsAsync(code, null, ct))?.Default;
        }
        else if (!string.IsNullOrWhiteSpace(Period))
        {
            BadPeriod = !int.TryParse(Period, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) || y is < 1949 or > 2100;
            year = BadPeriod ? null : y;
        }

        var progress = await plans.ProgressAsync(code, year, null, ct);
        if (progress is null)
        {
            return NotFound();
        }

        Progress = progress;
        Findings = await plans.FindingsAsync(code, ct) ?? [];
        return Page();
    }
}
