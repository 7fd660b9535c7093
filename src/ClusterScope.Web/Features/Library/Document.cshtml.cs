using ClusterScope.Data.Policy;
using ClusterScope.Domain.Policy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.Library;

/// <summary>One document of the policy library: its facts, both summaries and what it underlies.</summary>
public sealed class DocumentModel(PolicyLibrary library) : PageModel
{
    public PolicyDocument Document { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (await library.FindAsync(code, ct) is not { } document)
        {
            return NotFound();
        }

        Document = document;
        return Page();
    }

    /// <summary>The page a link (<c>plan:code</c>, <c>category:code</c>) points to.</summary>
    public static string? LinkTarget(string link) => link.Split(':', 2) switch
    {
        ["plan", var code] => $"/plans/{Uri.EscapeDataString(code)}",
        ["category", var code] => $"/clusters?category={Uri.EscapeDataString(code)}",
        ["zone", var code] => $"/zones/{Uri.EscapeDataString(code)}",
        _ => null,
    };
}
