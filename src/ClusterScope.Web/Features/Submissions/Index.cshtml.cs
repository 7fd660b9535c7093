using ClusterScope.Data.Access;
using ClusterScope.Data.Submissions;
using ClusterScope.Domain.Submissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.Submissions;

[Authorize(Roles = "admin,zone-manager,analyst")]
public sealed class IndexModel(SubmissionQueries queries, ZoneOwnership ownership) : PageModel
{
    [BindProperty(SupportsGet = true)] public SubmissionStatus? Status { get; set; }

    public IReadOnlyList<SubmissionRow> Rows { get; private set; } = [];

    public bool CanSubmit { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var user = await Reporters.OfAsync(User, ownership, ct);
        CanSubmit = user.IsAdmin || user.Zones.Count > 0;
        Rows = await queries.ListAsync(user, Status, ct);
    }
}
