using ClusterScope.Data;
using ClusterScope.Data.Intake;
using ClusterScope.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace ClusterScope.Web.Features.Imports;

/// <summary>The province's direct imports: upload, a dry run that shows the errors or what would change, then the real run.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(DataImporter importer, ClusterScopeDbContext db, AuditScopeFactory audit, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty] public ImportKind Kind { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? Token { get; set; }

    public ImportReport? Report { get; private set; }

    public string? ErrorsCsv { get; private set; }

    public string? Message { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostCheckAsync(CancellationToken ct)
    {
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

        var user = User.Identity!.Name!;
        var (token, path) = await KeptUploads.KeepAsync(Upload, name, user, ct);
        await RunAsync(path, name, dryRun: true, ct);
        if (Report!.Refused)
        {
            KeptUploads.Forget(token);
        }
        else
        {
            Token = token;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostConfirmAsync(CancellationToken ct)
    {
        if (KeptUploads.Find(Token, User.Identity!.Name!) is not { } kept)
        {
            Message = text["The uploaded file is no longer kept; upload it again."];
            return Page();
        }

        await RunAsync(kept.Path, kept.Name, dryRun: false, ct);
        KeptUploads.Forget(Token);
        Token = null;
        return Page();
    }

    private async Task RunAsync(string path, string name, bool dryRun, CancellationToken ct)
    {
        db.Audit = audit.ForRequest("form");
        Report = await importer.ImportAsync(Kind, path, new ImportOptions(DryRun: dryRun, Name: name), null, ct);
        if (Report.Refused)
        {
            ErrorsCsv = await ErrorCsv.DataUriAsync(Report);
        }
    }
}
