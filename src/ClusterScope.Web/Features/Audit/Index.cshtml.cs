using ClusterScope.Data.Registry;
using ClusterScope.Domain.Audit;
using ClusterScope.Web.Features.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.Audit;

public sealed class IndexModel(AuditSearch search) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Type { get; set; }
    [BindProperty(SupportsGet = true)] public string? Key { get; set; }
    [BindProperty(SupportsGet = true)] public string? Actor { get; set; }
    [BindProperty(SupportsGet = true)] public string? Field { get; set; }
    [BindProperty(SupportsGet = true)] public string? Origin { get; set; }
    [BindProperty(SupportsGet = true)] public string? From { get; set; }
    [BindProperty(SupportsGet = true)] public string? To { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true)] public string? Desc { get; set; }

    public Page<AuditEntry> Entries { get; private set; } = new([], 0, 1, 50);

    public IReadOnlyList<string> Types { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        // Read from the query: the route value "page" is the Razor page's own path.
        var q = new QueryParameters();
        var filter = AuditApi.Filter(q, Type, Key, Actor, Field, Origin, From, To);
        var request = q.Page(Request.Query["page"].FirstOrDefault(), "50", Sort, Desc, AuditSearch.SortColumns);
        Types = await search.TypesAsync(ct);
        if (q.HasErrors)
        {
            Errors = q.Errors.Values.SelectMany(v => v).ToList();
            return;
        }

        Entries = await search.SearchAsync(filter, request, ct);
    }
}
