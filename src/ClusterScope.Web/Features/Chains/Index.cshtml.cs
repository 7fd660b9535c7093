using ClusterScope.Data;
using ClusterScope.Data.Access;
using ClusterScope.Data.Chains;
using ClusterScope.Web.Features.Submissions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ClusterScope.Web.Features.Chains;

/// <summary>The industrial-chain templates, each with a place picker that opens its map.</summary>
public sealed class IndexModel(ChainCatalogue catalogue, ClusterScopeDbContext db, ZoneOwnership ownership, IStringLocalizer<SharedResource> text) : PageModel
{
    public IReadOnlyList<Domain.Chains.ChainTemplate> Chains => catalogue.All;

    public IReadOnlyList<(string Code, string Name, string Group)> Places { get; private set; } = [];

    public string Place { get; private set; } = ChainMapService.ProvinceCode;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var user = await Reporters.OfAsync(User, ownership, ct);
        Place = PlaceOptions.Default(user.IsAdmin || user.IsAnalyst ? new HashSet<string>() : user.Zones);
        Places = await PlaceOptions.LoadAsync(db, text, ct);
    }
}
