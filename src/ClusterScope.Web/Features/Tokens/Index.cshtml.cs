using ClusterScope.Data.Access;
using ClusterScope.Data.Registry;
using ClusterScope.Web.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.Tokens;

public sealed class IndexModel(ApiTokens tokens, UserManager<IdentityUser> users, ZoneOwnership ownership, Data.ClusterScopeDbContext db,
    AuditScopeFactory audit) : PageModel
{
    [BindProperty] public TokenForm NewToken { get; set; } = new();

    [BindProperty] public long TokenId { get; set; }

    public IReadOnlyList<ApiTokenSummary> Tokens { get; private set; } = [];

    /// <summary>A zone manager's zones, to which a token may be kept; empty for other roles.</summary>
    public IReadOnlyList<NamedCode> OwnZones { get; private set; } = [];

    /// <summary>The secret of the token just created, shown this once.</summary>
    public string? CreatedSecret { get; private set; }

    public bool Revoked { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool revoked, CancellationToken ct)
    {
        Revoked = revoked;
        return await LoadAsync(ct) ? Page() : Challenge();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } owner)
        {
            return Challenge();
        }

        CreatedSecret = NewToken.Show(this, await tokens.CreateAsync(owner, NewToken.ToRequest(), audit.ForRequest("form"), ct));
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } owner)
        {
            return Challenge();
        }

        return await tokens.RevokeAsync(owner, TokenId, audit.ForRequest("form"), ct) ? Redirect("/account/tokens?revoked=true") : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } owner)
        {
            return false;
        }

        Tokens = await tokens.ListAsync(owner.Id, ct);
        var zones = User.IsInRole(Roles.ZoneManager) ? await ownership.ZonesOfAsync(owner.Id, ct) : new HashSet<string>();
        OwnZones = (await Users.ZoneChoices.LoadAsync(db, ct)).Where(z => zones.Contains(z.Code)).ToList();
        return true;
    }
}
