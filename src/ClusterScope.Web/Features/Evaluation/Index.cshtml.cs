using ClusterScope.Data.Evaluation;
using ClusterScope.Domain;
using ClusterScope.Domain.Evaluation;
using ClusterScope.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.Evaluation;

public sealed class IndexModel(EvaluationService evaluation, AuditScopeFactory audit, IAuthorizationService authorization) : PageModel
{
    public IReadOnlyList<FrameworkVersion> Frameworks { get; private set; } = [];

    public IReadOnlyList<RunSummary> Runs { get; private set; } = [];

    public IReadOnlyList<int> Years { get; private set; } = [];

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    [BindProperty] public int FrameworkId { get; set; }
    [BindProperty] public int Year { get; set; } = 2017;
    [BindProperty] public int Replications { get; set; } = 1000;
    [BindProperty] public int Seed { get; set; } = 1;
    [BindProperty] public bool Grouped { get; set; } = true;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.Admin)).Succeeded)
        {
            return Forbid();
        }

        var (run, errors) = await evaluation.CreateRunAsync(new RunRequest(FrameworkId, Year, Replications, Seed, Grouped), audit.ForRequest("form"), ct);
        if (run is not null)
        {
            return Redirect($"/evaluation/runs/{run.Id}");
        }

        Errors = errors is FieldErrors bilingual ? bilingual.In(Ui.IsChinese) : errors;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Frameworks = await evaluation.ListFrameworksAsync(ct);
        Runs = await evaluation.ListRunsAsync(Roles.ReadsAll(User), ct);
        Years = await evaluation.PeriodsAsync(ct);
        if (FrameworkId == 0 && Frameworks.Count > 0)
        {
            FrameworkId = Frameworks[0].Id;
        }
    }
}
