using ClusterScope.Data.Access;
using ClusterScope.Data.Leads;
using ClusterScope.Data.Submissions;
using ClusterScope.Domain.Leads;
using ClusterScope.Web.Features.Submissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.Leads;

/// <summary>The lead board: the leads of the zones the user sees in columns by stage, with the funnel, overdue actions, wins
/// awaiting verification and the verified totals.</summary>
[Authorize(Roles = "admin,zone-manager,analyst")]
public sealed class IndexModel(LeadQueries queries, ZoneOwnership ownership, TimeProvider clock) : PageModel
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

    public async Task OnGetAsync(CancellationToken ct)
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
