using ClusterScope.Data;
using ClusterScope.Data.Access;
using ClusterScope.Data.Chains;
using ClusterScope.Data.Submissions;
using ClusterScope.Web.Features.Submissions;
using ClusterScope.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ClusterScope.Web.Features.Chains;

/// <summary>A chain map of a place: segments upstream to downstream, coloured by status, with their enterprises; hand placement
/// of the enterprises the rule could not place.</summary>
public sealed class MapModel(ChainCatalogue catalogue, ChainMapService service, ClusterScopeDbContext db, ZoneOwnership ownership,
    PlacementService placements, AuditScopeFactory audit, IStringLocalizer<SharedResource> text)
    : ChainPage(catalogue, service, db, ownership, text)
{
    public ChainMap Map { get; private set; } = null!;

    public SubmissionUser Viewer { get; private set; } = null!;

    public string? Message { get; private set; }

    /// <summary>Whether the page follows a saved placement.</summary>
    public bool Placed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? done, CancellationToken ct)
    {
        if (await ResolveAsync(ct) is { } missing)
        {
            return missing;
        }

        Placed = done == "placed";
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>A hand placement from the map (a manager of the enterprise's zone or an admin).</summary>
    public async Task<IActionResult> OnPostPlaceAsync(string enterprise, string? segment, string? note, CancellationToken ct)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        if (!User.IsInRole(Roles.Admin) && !User.IsInRole(Roles.ZoneManager))
        {
            return Forbid();
        }

        if (await ResolveAsync(ct) is { } missing)
        {
            return missing;
        }

        var outcome = await placements.PlaceAsync(enterprise, Chain.Code, segment, note, await Reporters.OfAsync(User, Ownership, ct), audit.ForRequest("form"), ct);
        if (outcome.Status == ReviewStatus.Done)
        {
            return Redirect($"/chains/{Chain.Code}?place={At.Code}&done=placed#unplaced");
        }

        if (outcome.Status == ReviewStatus.NotFound)
        {
            return NotFound();
        }

        Message = Ui.IsChinese ? outcome.MessageZh : outcome.Message;
        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Whether the viewer may place this enterprise by hand.</summary>
    public bool CanPlace(PlacedEnterprise e) => Viewer.IsAdmin || (e.ZoneCode is not null && Viewer.Zones.Contains(e.ZoneCode) && !Viewer.IsAnalyst);

    private async Task LoadAsync(CancellationToken ct)
    {
        Viewer = await Reporters.OfAsync(User, Ownership, ct);
        Map = await Service.MapAsync(Chain, At, Year, ct);
    }
}
