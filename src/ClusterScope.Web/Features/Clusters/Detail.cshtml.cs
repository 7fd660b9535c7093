using ClusterScope.Data.Registry;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.Clusters;

public sealed class DetailModel(RegistryQueries queries) : PageModel
{
    public ClusterDetail Detail { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var detail = await queries.GetClusterAsync(code, ct);
        if (detail is null)
        {
            return NotFound();
        }

        Detail = detail;
        return Page();
    }
}
