using ClusterScope.Data.Intake;
using ClusterScope.Data.Registry;
using ClusterScope.Domain.Intake;
using ClusterScope.Web.Features.Api;
using ClusterScope.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.Imports;

/// <summary>The history of imports: who ran which file when, from where, what it changed, and its error report.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class HistoryModel(ImportHistory history) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }

    public Page<ImportRecord> Imports { get; private set; } = new([], 0, 1, 50);

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var q = new QueryParameters();
        var request = q.Page(Request.Query["page"].FirstOrDefault(), "50", null, null, []);
        var kind = ImportApi.KindFilter(q, Kind);
        Errors = [.. q.Errors.Values.SelectMany(v => v)];
        if (!q.HasErrors)
        {
            Imports = await history.ListAsync(kind, request, ct);
        }
    }

    /// <summary>One import's error report as UTF-8 CSV with a BOM.</summary>
    public async Task<IActionResult> OnGetErrorsAsync(long id, CancellationToken ct) =>
        await history.ErrorsCsvAsync(id, ct) is { } csv
            ? File(ErrorCsv.Bytes(csv), "text/csv; charset=utf-8", $"import-{id}-errors.csv")
            : NotFound();
}
