using ClusterScope.Data.Registry;
using ClusterScope.Domain.Registry;
using ClusterScope.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.Clusters;

public sealed class DetailModel(RegistryQueries queries) : PageModel
{
    public const int EnterprisesPerPage = 25;

    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public ClusterDetail Detail { get; private set; } = null!;

    public Page<Enterprise> Enterprises { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is not { } detail)
        {
            return NotFound();
        }

        Detail = detail;
        Enterprises = ClusterScope.Data.Registry.Page.Of(detail.EnterpriseList, new PageRequest(Math.Max(1, PageNumber), EnterprisesPerPage));
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string code, string? format, CancellationToken ct) =>
        await LoadAsync(code, ct) is { } detail
            ? await EntityDownload.FileAsync(format, $"cluster-{code}-{detail.Period.Selected}", EntityTable.Of(detail))
            : NotFound();

    private Task<ClusterDetail?> LoadAsync(string code, CancellationToken ct) =>
        queries.GetClusterAsync(code, Year is >= 1949 and <= 2100 ? Year : null, ct);
}
