using ClusterScope.Data.Registry;
using ClusterScope.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.Zones;

public sealed class DetailModel(RegistryQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public ZoneDetail Detail { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await LoadAsync(code, ct) is not { } detail)
        {
            return NotFound();
        }

        Detail = detail;
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string code, string? format, CancellationToken ct) =>
        await LoadAsync(code, ct) is { } detail
            ? await EntityDownload.FileAsync(format, $"zone-{code}-{detail.Period.Selected}", EntityTable.Of(detail))
            : NotFound();

    private Task<ZoneDetail?> LoadAsync(string code, CancellationToken ct) =>
        queries.GetZoneAsync(code, Year is >= 1949 and <= 2100 ? Year : null, ct);
}
