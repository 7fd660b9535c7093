using ClusterScope.Data;
using ClusterScope.Data.Access;
using ClusterScope.Data.Chains;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace ClusterScope.Web.Features.Chains;

/// <summary>The scored gaps of a chain in a place, and the place's growth-opportunity chart.</summary>
public sealed class GapsModel(ChainCatalogue catalogue, ChainMapService service, ClusterScopeDbContext db, ZoneOwnership ownership,
    IStringLocalizer<SharedResource> text) : ChainPage(catalogue, service, db, ownership, text)
{
    public ChainGaps Gaps { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await ResolveAsync(ct) is { } missing)
        {
            return missing;
        }

        Gaps = await Service.GapsAsync(Chain, At, Year, ct);
        return Page();
    }
}
