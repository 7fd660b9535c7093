using ClusterScope.Data.Registry;
using ClusterScope.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.Clusters;

public sealed class EditModel(RegistryQueries queries, RegistryEditor editor, AuditScopeFactory audit) : PageModel
{
    [BindProperty] public string NameZh { get; set; } = "";
    [BindProperty] public string NameEn { get; set; } = "";
    [BindProperty] public int Version { get; set; }

    public string Code { get; private set; } = "";

    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var cluster = (await queries.GetClusterAsync(code, null, ct))?.Cluster;
        if (cluster is null)
        {
            return NotFound();
        }

        (Code, NameZh, NameEn, Version) = (code, cluster.NameZh, cluster.NameEn, cluster.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        Code = code;
        var outcome = await editor.UpdateClusterAsync(code, new ClusterEdit(NameZh, NameEn, Version), audit.ForRequest("form"), ct);
        return EditForm.Respond(this, outcome, $"/clusters/{code}", () => Conflict = true);
    }
}
