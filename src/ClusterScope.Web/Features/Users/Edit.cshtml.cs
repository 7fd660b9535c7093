using ClusterScope.Data;
using ClusterScope.Data.Registry;
using ClusterScope.Web.Features.Tokens;
using ClusterScope.Web.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.Users;

public sealed class EditModel(UserAdministration admin, ClusterScopeDbContext db, UserManager<IdentityUser> users, AuditScopeFactory audit,
    ApiTokens tokens) : PageModel
{
    [BindProperty] public string? Role { get; set; }
    [BindProperty] public List<string> Zones { get; set; } = [];
    [BindProperty] public string Stamp { get; set; } = "";
    [BindProperty] public bool Locked { get; set; }
    [BindProperty] public string? NewPassword { get; set; }
    [BindProperty] public TokenForm NewToken { get; set; } = new();
    [BindProperty] public long TokenId { get; set; }

    public UserSummary? Target { get; private set; }

    public IReadOnlyList<NamedCode> AllZones { get; private set; } = [];

    public bool Conflict { get; private set; }

    public string? Saved { get; private set; }

    public IReadOnlyList<ApiTokenSummary> Tokens { get; private set; } = [];

    /// <summary>The user's zones, to which a token may be kept (zone managers only).</summary>
    public IReadOnlyList<NamedCode> TokenZones { get; private set; } = [];

    /// <summary>The secret of the token just created, shown this once.</summary>
    public string? CreatedSecret { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, string? saved, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        (Role, Zones, Stamp, Saved) = (Target!.Role, Target.Zones.ToList(), Target.ConcurrencyStamp, saved);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(string id, CancellationToken ct) =>
        RespondAsync(id, admin.SetRoleAsync(id, Role, UserForm.Zones(Role, Zones), Stamp, users.GetUserId(User) ?? "", audit.ForRequest("form"), ct), "role", ct);

    public Task<IActionResult> OnPostLockAsync(string id, CancellationToken ct) =>
        RespondAsync(id, admin.SetLockedAsync(id, Locked, Stamp, users.GetUserId(User) ?? "", audit.ForRequest("form"), ct), Locked ? "locked" : "unlocked", ct);

    public Task<IActionResult> OnPostPasswordAsync(string id, CancellationToken ct) =>
        RespondAsync(id, admin.ResetPasswordAsync(id, NewPassword ?? "", Stamp, audit.ForRequest("form"), ct), "password", ct);

    public async Task<IActionResult> OnPostCreateTokenAsync(string id, CancellationToken ct)
    {
        if (await users.FindByIdAsync(id) is not { } owner)
        {
            return NotFound();
        }

        CreatedSecret = NewToken.Show(this, await tokens.CreateAsync(owner, NewToken.ToRequest(), audit.ForRequest("form"), ct));
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        (Role, Zones, Stamp) = (Target!.Role, Target.Zones.ToList(), Target.ConcurrencyStamp);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeTokenAsync(string id, CancellationToken ct) =>
        await users.FindByIdAsync(id) is { } owner && await tokens.RevokeAsync(owner, TokenId, audit.ForRequest("form"), ct)
            ? Redirect($"/admin/users/{Uri.EscapeDataString(id)}?saved=token")
            : NotFound();

    private async Task<IActionResult> RespondAsync(string id, Task<UserChange> work, string what, CancellationToken ct)
    {
        var change = await work;
        switch (change.Status)
        {
            case UserChangeStatus.Done:
                return Redirect($"/admin/users/{Uri.EscapeDataString(id)}?saved={what}");
            case UserChangeStatus.NotFound:
                return NotFound();
            case UserChangeStatus.Conflict:
                Conflict = true;
                break;
            default:
                UserForm.ShowErrors(this, change);
                break;
        }

        // Shows the form as posted, with the stamp it was opened with, so a second save stays refused until reloaded.
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        Target = await admin.FindAsync(id, ct);
        AllZones = await ZoneChoices.LoadAsync(db, ct);
        if (Target is null)
        {
            return false;
        }

        Tokens = await tokens.ListAsync(id, ct);
        TokenZones = AllZones.Where(z => Target.Zones.Contains(z.Code)).ToList();
        return true;
    }
}
