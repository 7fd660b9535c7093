using ClusterScope.Data.Registry;
using ClusterScope.Data.Targets;
using ClusterScope.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.Plans;

public sealed class EditModel(PlanService plans, PlanEditor editor, AuditScopeFactory audit) : PageModel
{
    [BindProperty] public string Code { get; set; } = "";
    [BindProperty] public string NameEn { get; set; } = "";
    [BindProperty] public string NameZh { get; set; } = "";
    [BindProperty] public string Issuer { get; set; } = "";
    [BindProperty] public DateOnly? IssuedOn { get; set; }
    [BindProperty] public string? SourceDocument { get; set; }
    [BindProperty] public string? IssuerZh { get; set; }
    [BindProperty] public string? SourceDocumentZh { get; set; }
    [BindProperty] public int PeriodStart { get; set; } = DateTime.UtcNow.Year;
    [BindProperty] public int PeriodEnd { get; set; } = DateTime.UtcNow.Year + 4;
    [BindProperty] public string ScopeRegionCode { get; set; } = "220000";
    [BindProperty] public int Version { get; set; }

    public bool IsNew { get; private set; }

    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        IsNew = code == "new";
        if (IsNew)
        {
            return Page();
        }

        var plan = await plans.GetPlanAsync(code, ct);
        if (plan is null)
        {
            return NotFound();
        }

        (Code, NameEn, NameZh, Issuer, IssuedOn, SourceDocument, PeriodStart, PeriodEnd, ScopeRegionCode, Version) =
            (plan.Code, plan.NameEn, plan.NameZh, plan.Issuer, plan.IssuedOn, plan.SourceDocument, plan.PeriodStart, plan.PeriodEnd, plan.ScopeRegionCode, plan.Version);
        (IssuerZh, SourceDocumentZh) = (plan.IssuerZh, plan.SourceDocumentZh);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] string code, CancellationToken ct)
    {
        IsNew = code == "new";
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var edit = new PlanEdit(IsNew ? Code : code, NameEn, NameZh, Issuer, IssuedOn, SourceDocument, PeriodStart, PeriodEnd, ScopeRegionCode, Version,
            IssuerZh, SourceDocumentZh);
        var outcome = IsNew ? await editor.CreatePlanAsync(edit, audit.ForRequest("form"), ct) : await editor.UpdatePlanAsync(code, edit, audit.ForRequest("form"), ct);
        return EditForm.Respond(this, outcome, $"/plans/{edit.Code}", () => Conflict = true);
    }
}
