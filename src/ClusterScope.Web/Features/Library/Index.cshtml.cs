using ClusterScope.Data.Policy;
using ClusterScope.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.Library;

/// <summary>The policy library: search in Chinese and English with filters, newest first when nothing is asked.</summary>
public sealed class IndexModel(PolicyLibrary library) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    [BindProperty(SupportsGet = true)] public string? Level { get; set; }

    [BindProperty(SupportsGet = true)] public string? Type { get; set; }

    [BindProperty(SupportsGet = true)] public string? Topic { get; set; }

    [BindProperty(SupportsGet = true)] public string? Status { get; set; }

    [BindProperty(SupportsGet = true)] public string? From { get; set; }

    [BindProperty(SupportsGet = true)] public string? To { get; set; }

    [BindProperty(SupportsGet = true)] public string? Sort { get; set; }

    public IReadOnlyList<PolicyHit> Hits { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var (query, errors) = new LibrarySearchForm(Q, Level, Type, null, Topic, Status, From, To, Sort, null).Parse(Ui.IsChinese);
        Errors = [.. errors.Values.Select(e => Ui.Name(e.Zh, e.En))];
        if (query is not null)
        {
            Hits = await library.SearchAsync(query, ct);
        }
    }
}
