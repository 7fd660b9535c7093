using ClusterScope.Data.Registry;
using ClusterScope.Data.Targets;
using ClusterScope.Domain.Targets;
using ClusterScope.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.Plans;

public sealed class EditTargetModel(PlanService plans, PlanEditor editor, AuditScopeFactory audit) : PageModel
{
    [BindProperty] public string Code { get; set; } = "";
    [BindProperty] public string NameEn { get; set; } = "";
    [BindProperty] public string NameZh { get; set; } = "";
    [BindProperty] public TargetKind Kind { get; set; }
    [BindProperty] public Comparator Comparator { get; set; }
    [BindProperty] public double Value { get; set; }
    [BindProperty] public string Unit { get; set; } = "";
    [BindProperty] public int DeadlineYear { get; set; } = DateTime.UtcNow.Year;
    [BindProperty] public double? BaselineValue { get; set; }
    [BindProperty] public string? BaselinePeriod { get; set; }
    [BindProperty] public string? Indicator { get; set; }
    [BindProperty] public string? Condition { get; set; }
    [BindProperty] public string? ReferenceIndicator { get; set; }
    [BindProperty] public string? ReferenceEntity { get; set; }
    [BindProperty] public string? PartOf { get; set; }
    [BindProperty] public string? SourceText { get; set; }
    [BindProperty] public string? SourceTextZh { get; set; }
    [BindProperty] public int SortOrder { get; set; }
    [BindProperty] public int PlanVersion { get; set; }

    public string PlanCode { get; private set; } = "";

    public bool IsNew { get; private set; }

    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, string id, CancellationToken ct)
    {
        var plan = await plans.GetPlanAsync(code, ct);
        (PlanCode, IsNew) = (code, id == "new");
        if (plan is null)
        {
            return NotFound();
        }

        PlanVersion = plan.Version;
        if (IsNew)
        {
            (SortOrder, DeadlineYear, Indicator) = (plan.Targets.Count + 1, plan.PeriodEnd, "cluster_output");
            return Page();
        }

        var t = plan.Targets.FirstOrDefault(x => int.TryParse(id, out var n) && x.Id == n);
        if (t is null)
        {
            return NotFound();
        }

        (Code, NameEn, NameZh, Kind, Comparator, Value, Unit, DeadlineYear, BaselineValue, BaselinePeriod) =
            (t.Code, t.NameEn, t.NameZh, t.Kind, t.Comparator, t.Value, t.Unit, t.DeadlineYear, t.BaselineValue, t.BaselinePeriod);
        (Indicator, Condition, ReferenceIndicator, ReferenceEntity, PartOf, SourceText, SortOrder) =
            (t.Indicator, t.Condition, t.ReferenceIndicator, t.ReferenceEntity, t.PartOf, t.SourceText, t.SortOrder);
        SourceTextZh = t.SourceTextZh;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromRoute] string code, [FromRoute] string id, CancellationToken ct)
    {
        (PlanCode, IsNew) = (code, id == "new");
        int? targetId = IsNew ? null : int.TryParse(id, out var n) ? n : -1;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var edit = new TargetEdit(Code, NameEn, NameZh, Kind, Comparator, Value, Unit, DeadlineYear, BaselineValue, BaselinePeriod, Indicator, Condition,
            ReferenceIndicator, ReferenceEntity, PartOf, SourceText, SortOrder, PlanVersion, SourceTextZh);
        var (outcome, _) = await editor.SaveTargetAsync(code, targetId, edit, audit.ForRequest("form"), ct);
        return EditForm.Respond(this, outcome, $"/plans/{code}", () => Conflict = true);
    }
}
