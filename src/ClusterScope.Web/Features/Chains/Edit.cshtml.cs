using ClusterScope.Data.Chains;
using ClusterScope.Domain.Chains;
using ClusterScope.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.Chains;

/// <summary>The chain template editor (admin): the version in use as JSON; saving validates it and stores a new version.</summary>
public sealed class EditModel(ChainCatalogue catalogue, ChainTemplateEditor editor, AuditScopeFactory audit) : PageModel
{
    [BindProperty] public string Json { get; set; } = "";

    public ChainTemplate Chain { get; private set; } = null!;

    public IReadOnlyList<ChainVersionInfo> Versions { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct))
        {
            return NotFound();
        }

        Json = await editor.CurrentJsonAsync(Chain.Code, ct) ?? "";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        if (!await LoadAsync(code, ct))
        {
            return NotFound();
        }

        var (saved, errors) = await editor.SaveAsync(Chain.Code, Json, Chain, audit.ForRequest("form"), ct);
        if (saved is not null)
        {
            return Redirect($"/chains#chain-{saved.Code}");
        }

        Errors = [.. errors.In(Ui.IsChinese).Values.SelectMany(v => v)];
        return Page();
    }

    private async Task<bool> LoadAsync(string code, CancellationToken ct)
    {
        if (catalogue.Find(code) is not { } chain)
        {
            return false;
        }

        Chain = chain;
        Versions = await editor.VersionsAsync(chain.Code, ct);
        return true;
    }
}
