using ClusterScope.Data.Access;
using ClusterScope.Data.Leads;
using ClusterScope.Data.Submissions;
using ClusterScope.Domain.Leads;
using ClusterScope.Web.Features.Submissions;
using ClusterScope.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.Leads;

/// <summary>The lead board: the leads of the zones the user sees in columns by stage, with the funnel, overdue actions, wins
/// awaiting verification and the verified totals.</summary>
[Authorize(Roles = "admin,zone-manager,analyst")]
public sealed class IndexModel(LeadQueries queries, LeadService service, ZoneOwnership ownership, AuditScopeFactory audit, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Zone { get; set; }

    public IReadOnlyList<Lead> Leads { get; private set; } = [];

    public IReadOnlyList<FunnelStage> Funnel { get; private set; } = [];

    public IReadOnlyList<Lead> Overdue { get; private set; } = [];

    public IReadOnlyList<Lead> Awaiting { get; private set; } = [];

    public IReadOnlyList<VerifiedTotal> Verified { get; private set; } = [];

    public IReadOnlyDictionary<string, (string Zh, string En)> ZoneNames { get; private set; } = new Dictionary<string, (string, string)>();

    public SubmissionUser Viewer { get; private set; } = null!;

    public bool CanCreate => Viewer.IsAdmin || Viewer.Zones.Count > 0;

    /// <summary>Why the last move from the board was refused, in the page's language.</summary>
    public string? Refusal { get; private set; }

    /// <summary>Whether the viewer may move this lead on from the board: its zone's managers and admins, while a next stage exists.</summary>
    public bool CanAdvance(Lead lead) => (Viewer.IsAdmin || (!Viewer.IsAnalyst && Viewer.Zones.Contains(lead.ZoneCode)))
        && lead.Stage != LeadStage.Lost && lead.Stage != LeadStages.Pipeline[^1];

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    /// <summary>Moves a lead to its next stage from the board (htmx swaps the board in place; without script the page reloads).</summary>
    public async Task<IActionResult> OnPostAdvanceAsync(long id, int version, CancellationToken ct)
    {
        if (!User.IsInRole(Roles.Admin) && !User.IsInRole(Roles.ZoneManager))
        {
            return Forbid();
        }

        var user = await Reporters.OfAsync(User, ownership, ct);
        if (await queries.FindAsync(id, user, ct) is not { } lead)
        {
            return NotFound();
        }

        var next = lead.Stage == LeadStage.Lost ? lead.Stage : lead.Stage + 1;
        var outcome = await service.MoveAsync(id, version, next, null, null, user, audit.ForRequest("form"), ct);
        if (outcome.Status == ReviewStatus.NotFound)
        {
            return NotFound();
        }

        if (outcome.Status == ReviewStatus.Done && Request.Headers["HX-Request"].Count == 0)
        {
            return Redirect("/leads" + (string.IsNullOrWhiteSpace(Zone) ? "" : "?zone=" + Uri.EscapeDataString(Zone)));
        }

        Refusal = outcome.Status == ReviewStatus.Done ? null : Shared.Ui.IsChinese ? outcome.MessageZh : outcome.Message;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Viewer = await Reporters.OfAsync(User, ownership, ct);
        var zone = string.IsNullOrWhiteSpace(Zone) ? null : Zone.Trim();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        // One read of the leads shown; the funnel, the overdue actions, the wins awaiting review and the totals are all of them.
        Leads = await queries.ListAsync(Viewer, zone, null, null, ct);
        Funnel = LeadFunnel.Of(Leads, today);
        Overdue = Leads.AsQueryable().Where(LeadQueries.OverdueOn(today)).OrderBy(l => l.NextActionDue).ThenBy(l => l.Id).ToList();
        Awaiting = Leads.Where(l => l.Verification == Verification.Requested).OrderBy(l => l.Id).ToList();
        Verified = VerifiedTotal.Of(Leads);
        ZoneNames = await queries.ZoneNamesAsync(ct);
    }

    public string ZoneName(string code) => ZoneNames.TryGetValue(code, out var n) ? Shared.Ui.Name(n.Zh, n.En) : code;
}
