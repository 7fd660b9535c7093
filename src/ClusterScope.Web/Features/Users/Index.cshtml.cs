using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.Users;

public sealed class IndexModel(UserAdministration admin) : PageModel
{
    public IReadOnlyList<UserSummary> Users { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Users = await admin.ListAsync(ct);
}
