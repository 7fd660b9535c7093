using ClusterScope.Data;
using ClusterScope.Data.Access;
using ClusterScope.Data.Chains;
using ClusterScope.Domain.Chains;
using ClusterScope.Web.Features.Submissions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ClusterScope.Web.Features.Chains;

/// <summary>What the chain pages share: the chain from the route, the place and year from the query, the place picker.</summary>
public abstract class ChainPage(ChainCatalogue catalogue, ChainMapService service, ClusterScopeDbContext db, ZoneOwnership ownership,
    IStringLocalizer<SharedResource> text) : PageModel
{
    [FromRoute] public string Code { get; set; } = "";
    [BindProperty(SupportsGet = true)] public string? Place { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public ChainTemplate Chain { get; private set; } = null!;

    public ChainPlace At { get; private set; } = null!;

    public IReadOnlyList<(string Code, string Name, string Group)> Places { get; private set; } = [];

    protected ChainMapService Service => service;

    protected ClusterScopeDbContext Db => db;

    protected ZoneOwnership Ownership => ownership;

    protected IStringLocalizer<SharedResource> Text => text;

    /// <summary>Resolves the chain and place; a 404 result when the chain or place is unknown.</summary>
    protected async Task<IActionResult?> ResolveAsync(CancellationToken ct)
    {
        if (catalogue.Find(Code) is not { } chain)
        {
            return NotFound();
        }

        var user = await Reporters.OfAsync(User, ownership, ct);
        Place = string.IsNullOrWhiteSpace(Place) ? PlaceOptions.Default(user.IsAdmin || user.IsAnalyst ? new HashSet<string>() : user.Zones) : Place.Trim();
        if (await service.PlaceAsync(Place, ct) is not { } place)
        {
            return NotFound();
        }

        (Chain, At) = (chain, place);
        Places = await PlaceOptions.LoadAsync(db, text, ct);
        return null;
    }

    /// <summary>The segment's name in the page's language.</summary>
    public string SegmentName(string code) => Chain.Segment(code) is { } s ? Shared.Ui.Name(s.NameZh, s.NameEn) : code;
}
