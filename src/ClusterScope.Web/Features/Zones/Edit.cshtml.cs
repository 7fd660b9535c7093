using ClusterScope.Data.Registry;
using ClusterScope.Domain.Registry;
using ClusterScope.Web.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.Zones;

public sealed class EditModel(RegistryQueries queries, RegistryEditor editor, AuditScopeFactory audit) : PageModel
{
    [BindProperty] public string NameZh { get; set; } = "";
    [BindProperty] public string NameEn { get; set; } = "";
    [BindProperty] public string? LeadingIndustriesZh { get; set; }
    [BindProperty] public string? LeadingIndustriesEn { get; set; }
    [BindProperty] public double? AreaHectares { get; set; }
    [BindProperty] public EcoIndustrialStatus EcoIndustrialStatus { get; set; }
    [BindProperty] public int Version { get; set; }

    public string Code { get; private set; } = "";

    public bool Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken ct)
    {
        var zone = (await queries.GetZoneAsync(code, null, ct))?.Zone;
        if (zone is null)
        {
            return NotFound();
        }

        Code = code;
        (NameZh, NameEn, LeadingIndustriesZh, LeadingIndustriesEn, AreaHectares, EcoIndustrialStatus, Version) =
            (zone.NameZh, zone.NameEn, zone.LeadingIndustriesZh, zone.LeadingIndustriesEn, zone.AreaHectares, zone.EcoIndustrialStatus, zone.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken ct)
    {
        Code = code;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await editor.UpdateZoneAsync(code, new ZoneEdit(NameZh, NameEn, LeadingIndustriesZh, LeadingIndustriesEn, AreaHectares, EcoIndustrialStatus, Version),
            audit.ForRequest("form"), ct);
        return EditForm.Respond(this, outcome, $"/zones/{code}", () => Conflict = true);
    }
}
