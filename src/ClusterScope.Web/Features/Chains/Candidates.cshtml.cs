using ClusterScope.Data;
using ClusterScope.Data.Access;
using ClusterScope.Data.Chains;
using ClusterScope.Web.Features.Submissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ClusterScope.Web.Features.Chains;

/// <summary>Candidate firms ranked against a place's gaps, each with the segment it would fill and why; a lead is one click away.</summary>
[Authorize(Roles = "admin,zone-manager,analyst")]
public sealed class CandidatesModel(ChainCatalogue catalogue, ChainMapService service, ClusterScopeDbContext db, ZoneOwnership ownership,
    IStringLocalizer<SharedResource> text) : ChainPage(catalogue, service, db, ownership, text)
{
    [BindProperty(SupportsGet = true)] public string? Segment { get; set; }

    public ChainGaps Gaps { get; private set; } = null!;

    public IReadOnlyList<RankedCandidate> Ranked { get; private set; } = [];

    /// <summary>Whether the viewer may open a lead (admins and zone managers).</summary>
    public bool CanCreate { get; private set; }

    /// <summary>The zone a new lead is for: the place when it is a zone, else the place's only zone, else none (chosen on the form).</summary>
    public string? LeadZone => At.ZoneCodes.Count == 1 ? At.ZoneCodes[0] : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await ResolveAsync(ct) is { } missing)
        {
            return missing;
        }

        Segment = string.IsNullOrWhiteSpace(Segment) || Chain.Segment(Segment.Trim()) is null ? null : Segment.Trim();
        Gaps = await Service.GapsAsync(Chain, At, Year, ct);
        Ranked = await Service.CandidatesAsync(Gaps, Segment, ct);
        var user = await Reporters.OfAsync(User, Ownership, ct);
        CanCreate = user.IsAdmin || (!user.IsAnalyst && user.Zones.Count > 0);
        return Page();
    }
}
