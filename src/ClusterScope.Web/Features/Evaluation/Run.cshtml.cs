using ClusterScope.Data;
using ClusterScope.Data.Evaluation;
using ClusterScope.Domain.Evaluation;
using ClusterScope.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.Evaluation;

public sealed class RunModel(EvaluationService evaluation, ClusterScopeDbContext db, IAuthorizationService authorization) : PageModel
{
    public RunView View { get; private set; } = null!;

    public RerunOutcome? Rerun { get; private set; }

    public (DemotionRule Rule, IReadOnlyList<DemotionFinding> Findings, IReadOnlyList<int> Years)? Demotion { get; private set; }

    public (Analytics.Composite.SensitivityResult? Result, string? Reason, string? ReasonZh) Sensitivity { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRerunAsync(int id, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.Admin)).Succeeded)
        {
            return Forbid();
        }

        Rerun = await evaluation.RerunAsync(id, ct);
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostPublishAsync(int id, [FromServices] AuditScopeFactory audit, CancellationToken ct)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.Admin)).Succeeded)
        {
            return Forbid();
        }

        return await evaluation.PublishAsync(id, audit.ForRequest("form"), ct) ? Redirect($"/evaluation/runs/{id}") : NotFound();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var all = Roles.ReadsAll(User);
        if (await RunView.LoadAsync(evaluation, db, id, all, ct) is not { } view)
        {
            return false;
        }

        View = view;
        Demotion = await evaluation.DemotionAsync(view.Run.FrameworkCode, all, ct);
        Sensitivity = EvaluationService.Sensitivity(view.Run);
        return true;
    }
}
