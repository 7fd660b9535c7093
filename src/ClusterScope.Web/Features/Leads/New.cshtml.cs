using ClusterScope.Data.Access;
using ClusterScope.Data.Leads;
using ClusterScope.Data.Submissions;
using ClusterScope.Domain;
using ClusterScope.Web.Features.Submissions;
using ClusterScope.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.Leads;

/// <summary>A new lead for one of the user's zones (admins: any zone), or the edit of one at <c>/leads/{id}/edit</c> (with the
/// version seen, so that a concurrent change is reported rather than overwritten).</summary>
[Authorize(Roles = "admin,zone-manager")]
public sealed class NewModel(LeadService service, LeadQueries queries, ZoneOwnership ownership, AuditScopeFactory audit, Data.ClusterScopeDbContext db) : PageModel
{
    /// <summary>The lead being edited (from the route), or null for a new one.</summary>
    [FromRoute] public long? Id { get; set; }
    [BindProperty] public int Version { get; set; }
    [BindProperty] public string? CompanyName { get; set; }
    [BindProperty] public string? CreditCode { get; set; }
    [BindProperty] public string? Origin { get; set; }
    [BindProperty(SupportsGet = true)] public string? ZoneCode { get; set; }
    [BindProperty(SupportsGet = true)] public string? ClusterCode { get; set; }
    [BindProperty(SupportsGet = true)] public string? ChainCode { get; set; }
    [BindProperty(SupportsGet = true)] public string? SegmentCode { get; set; }
    [BindProperty(SupportsGet = true)] public string? CandidateCode { get; set; }
    [BindProperty] public double? ExpectedInvestment { get; set; }
    [BindProperty] public int? ExpectedJobs { get; set; }
    [BindProperty] public double? ExpectedOutput { get; set; }
    [BindProperty] public string? NextAction { get; set; }
    [BindProperty] public DateOnly? NextActionDue { get; set; }
    [BindProperty] public string? Notes { get; set; }

    public IReadOnlyDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();

    public IReadOnlyList<(string Code, string Name)> Zones { get; private set; } = [];

    /// <summary>A conflict or refusal that is not about one field.</summary>
    public string? Refusal { get; private set; }

    /// <summary>The form: the lead's fields when editing, else filled from the candidate firm when it comes from the ranked candidates.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Id is { } id)
        {
            var user = await Reporters.OfAsync(User, ownership, ct);
            if (await queries.FindAsync(id, user, ct) is not { } lead || !user.Reports(lead.ZoneCode))
            {
                return NotFound();
            }

            (Version, CompanyName, CreditCode, Origin, ZoneCode, ClusterCode, ChainCode, SegmentCode, CandidateCode) =
                (lead.Version, lead.CompanyName, lead.CreditCode, lead.Origin, lead.ZoneCode, lead.ClusterCode, lead.ChainCode, lead.SegmentCode, lead.CandidateCode);
            (ExpectedInvestment, ExpectedJobs, ExpectedOutput, NextAction, NextActionDue, Notes) =
                (lead.ExpectedInvestment, lead.ExpectedJobs, lead.ExpectedOutput, lead.NextAction, lead.NextActionDue, lead.Notes);
        }
        else if (!string.IsNullOrWhiteSpace(CandidateCode) && await db.Candidates.FindAsync([CandidateCode.Trim()], ct) is { } candidate)
        {
            (CompanyName, CreditCode, Origin) = (candidate.NameZh, candidate.CreditCode, candidate.Origin);
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = await Reporters.OfAsync(User, ownership, ct);
        var edit = new LeadEdit
        {
            CompanyName = CompanyName, CreditCode = CreditCode, Origin = Origin, ZoneCode = ZoneCode, ClusterCode = ClusterCode, ChainCode = ChainCode,
            SegmentCode = SegmentCode, CandidateCode = CandidateCode, ExpectedInvestment = ExpectedInvestment, ExpectedJobs = ExpectedJobs,
            ExpectedOutput = ExpectedOutput, NextAction = NextAction, NextActionDue = NextActionDue, Notes = Notes,
        };
        var outcome = Id is { } editing
            ? await service.UpdateAsync(editing, Version, edit, user, audit.ForRequest("form"), ct)
            : await service.CreateAsync(edit, user, audit.ForRequest("form"), ct);
        if (outcome.Status == ReviewStatus.NotFound)
        {
            return NotFound();
        }

        if (outcome.Status == ReviewStatus.Done && outcome.Id is { } id)
        {
            return Redirect($"/leads/{id}?done={(Id is null ? "created" : "saved")}");
        }

        Errors = outcome.Errors?.In(Ui.IsChinese) ?? new Dictionary<string, string[]>();
        Refusal = outcome.Errors is null ? (Ui.IsChinese ? outcome.MessageZh : outcome.Message) : null;
        await LoadAsync(ct);
        return Page();
    }

    public string? ErrorOf(string field) => Errors.TryGetValue(field, out var e) ? e[0] : null;

    private async Task LoadAsync(CancellationToken ct)
    {
        var user = await Reporters.OfAsync(User, ownership, ct);
        var names = await queries.ZoneNamesAsync(ct);
        Zones = names.Where(z => user.Reports(z.Key)).Select(z => (z.Key, Ui.Name(z.Value.Zh, z.Value.En)))
            .OrderBy(z => z.Key, StringComparer.Ordinal).ToList();
    }
}
