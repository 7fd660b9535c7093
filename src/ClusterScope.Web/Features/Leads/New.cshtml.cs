using ClusterScope.Data.Access;
using ClusterScope.Data.Leads;
using ClusterScope.Domain;
using ClusterScope.Web.Features.Submissions;
using ClusterScope.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.Leads;

/// <summary>A new lead for one of the user's zones (admins: any zone).</summary>
[Authorize(Roles = "admin,zone-manager")]
public sealed class NewModel(LeadService service, LeadQueries queries, ZoneOwnership ownership, AuditScopeFactory audit, Data.ClusterScopeDbContext db) : PageModel
{
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

    /// <summary>The form, filled from the candidate firm when it comes from the ranked candidates.</summary>
    public async Task OnGetAsync(CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(CandidateCode) && await db.Candidates.FindAsync([CandidateCode.Trim()], ct) is { } candidate)
        {
            (CompanyName, CreditCode, Origin) = (candidate.NameZh, candidate.CreditCode, candidate.Origin);
        }

        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var user = await Reporters.OfAsync(User, ownership, ct);
        var outcome = await service.CreateAsync(new LeadEdit
        {
            CompanyName = CompanyName, CreditCode = CreditCode, Origin = Origin, ZoneCode = ZoneCode, ClusterCode = ClusterCode, ChainCode = ChainCode,
            SegmentCode = SegmentCode, CandidateCode = CandidateCode, ExpectedInvestment = ExpectedInvestment, ExpectedJobs = ExpectedJobs,
            ExpectedOutput = ExpectedOutput, NextAction = NextAction, NextActionDue = NextActionDue, Notes = Notes,
        }, user, audit.ForRequest("form"), ct);
        if (outcome.Id is { } id)
        {
            return Redirect($"/leads/{id}?done=created");
        }

        Errors = outcome.Errors?.In(Ui.IsChinese) ?? new Dictionary<string, string[]> { ["companyName"] = [Ui.IsChinese ? outcome.MessageZh ?? "" : outcome.Message ?? ""] };
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
