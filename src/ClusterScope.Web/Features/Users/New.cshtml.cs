using ClusterScope.Data.Registry;
using ClusterScope.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.Users;

public sealed class NewModel(UserAdministration admin, ClusterScope.Data.ClusterScopeDbContext db, AuditScopeFactory audit) : PageModel
{
    [BindProperty] public string UserName { get; set; } = "";
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string Password { get; set; } = "";
    [BindProperty] public string? Role { get; set; }
    [BindProperty] public List<string> Zones { get; set; } = [];

    public IReadOnlyList<NamedCode> AllZones { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => AllZones = await ZoneChoices.LoadAsync(db, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var change = await admin.CreateAsync(UserName ?? "", Email, Password ?? "", Role, UserForm.Zones(Role, Zones), audit.ForRequest("form"), ct);
        if (change.Status == UserChangeStatus.Done)
        {
            return Redirect("/admin/users");
        }

        UserForm.ShowErrors(this, change);
        AllZones = await ZoneChoices.LoadAsync(db, ct);
        return Page();
    }
}
