using ClusterScope.Data.Evaluation;
using ClusterScope.Domain;
using ClusterScope.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.Evaluation;

/// <summary>The framework editor (admin): a version's JSON to edit; saving validates it and stores a new version.</summary>
public sealed class FrameworkModel(EvaluationService evaluation, AuditScopeFactory audit) : PageModel
{
    [BindProperty] public string Json { get; set; } = "";

    public string Title { get; private set; } = "";

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        if (await evaluation.GetFrameworkAsync(id, ct) is not { } framework)
        {
            return NotFound();
        }

        (Json, Title) = (framework.Json, $"{framework.NameIn(Ui.IsChinese)} ({framework.Code} {framework.Version})");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var (saved, errors) = await evaluation.SaveFrameworkAsync(Json, audit.ForRequest("form"), ct);
        if (saved is not null)
        {
            return Redirect("/evaluation");
        }

        Errors = errors;
        Title = (await evaluation.GetFrameworkAsync(id, ct))?.NameIn(Ui.IsChinese) ?? "";
        return Page();
    }
}
