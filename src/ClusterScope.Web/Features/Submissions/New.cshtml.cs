using ClusterScope.Data;
using ClusterScope.Data.Access;
using ClusterScope.Data.Submissions;
using ClusterScope.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ClusterScope.Web.Features.Submissions;

/// <summary>Upload a zone's file, see its errors or its figures and flags, and confirm the submission.</summary>
[Authorize(Policy = Policies.Report)]
public sealed class NewModel(SubmissionService service, ZoneOwnership ownership, ClusterScopeDbContext db, AuditScopeFactory audit,
    IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty] public string? Zone { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? Token { get; set; }

    public IReadOnlyList<(string Code, string NameZh, string NameEn)> Zones { get; private set; } = [];

    public SubmissionPreview? Preview { get; private set; }

    public string? ErrorsCsv { get; private set; }

    public string? Message { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadZonesAsync(ct);

    public async Task<IActionResult> OnPostCheckAsync(CancellationToken ct)
    {
        var user = await LoadZonesAsync(ct);
        if (Zone is null || !user.Reports(Zone))
        {
            Message = text["Choose one of your zones."];
            return Page();
        }

        if (Upload is null || Upload.Length == 0)
        {
            Message = text["Choose a CSV or XLSX file to upload."];
            return Page();
        }

        if (Uploads.SafeName(Upload.FileName) is not { } name)
        {
            Message = text["The file name holds a control character; rename the file and upload it again."];
            return Page();
        }

        var (token, path) = await KeptUploads.KeepAsync(Upload, name, user.Name, ct);
        Preview = await service.SubmitAsync(user, Zone, path, name, dryRun: true, audit.ForRequest("form"), ct);
        if (Preview.Report.Refused)
        {
            KeptUploads.Forget(token);
            ErrorsCsv = await ErrorCsv.DataUriAsync(Preview.Report);
        }
        else
        {
            Token = token;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct)
    {
        var user = await LoadZonesAsync(ct);
        if (KeptUploads.Find(Token, user.Name) is not { } kept || Zone is null)
        {
            Message = text["The uploaded file is no longer kept; upload it again."];
            return Page();
        }

        Preview = await service.SubmitAsync(user, Zone, kept.Path, kept.Name, dryRun: false, audit.ForRequest("form"), ct);
        KeptUploads.Forget(Token);
        if (Preview.SubmissionId is { } id)
        {
            return Redirect($"/submissions/{id}?done=submitted");
        }

        // The registry changed between preview and confirmation: show what is wrong now.
        ErrorsCsv = await ErrorCsv.DataUriAsync(Preview.Report);
        Token = null;
        return Page();
    }

    private async Task<SubmissionUser> LoadZonesAsync(CancellationToken ct)
    {
        var user = await Reporters.OfAsync(User, ownership, ct);
        var zones = user.Zones.ToList();
        Zones = (await db.Zones.AsNoTracking().Where(z => user.IsAdmin || zones.Contains(z.Code)).OrderBy(z => z.Code)
            .Select(z => new { z.Code, z.NameZh, z.NameEn }).ToListAsync(ct)).Select(z => (z.Code, z.NameZh, z.NameEn)).ToList();
        return user;
    }
}
