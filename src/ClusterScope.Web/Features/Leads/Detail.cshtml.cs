using ClusterScope.Data.Access;
using ClusterScope.Data.Leads;
using ClusterScope.Data.Submissions;
using ClusterScope.Domain.Leads;
using ClusterScope.Web.Features.Submissions;
using ClusterScope.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.Leads;

/// <summary>One lead: its fields, stage history, documents and suspected duplicates, with the moves, uploads and verification
/// steps the user may take.</summary>
[Authorize(Roles = "admin,zone-manager,analyst")]
public sealed class DetailModel(LeadQueries queries, LeadService service, ZoneOwnership ownership, AuditScopeFactory audit) : PageModel
{
    [BindProperty] public int Version { get; set; }
    [BindProperty] public string? Stage { get; set; }
    [BindProperty] public DateOnly? On { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public bool Evidence { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    public Lead Lead { get; private set; } = null!;

    public IReadOnlyList<Lead> Duplicates { get; private set; } = [];

    public SubmissionUser Viewer { get; private set; } = null!;

    public LeadOutcome? Refused { get; private set; }

    public string ZoneName { get; private set; } = "";

    public bool CanEdit => Viewer.Reports(Lead.ZoneCode);

    public bool CanReview => Viewer.IsAdmin && Lead.Verification == Verification.Requested;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostMoveAsync(long id, CancellationToken ct) => await ActAsync(id, "moved", user =>
        LeadStages.Parse(Stage) is { } stage
            ? service.MoveAsync(id, Version, stage, On, Reason, user, audit.ForRequest("form"), ct)
            : Task.FromResult(new LeadOutcome(ReviewStatus.Invalid, "Choose a stage.", "请选择阶段。")), ct);

    public async Task<IActionResult> OnPostAttachAsync(long id, CancellationToken ct) => await ActAsync(id, "attached", async user =>
    {
        if (Upload is null || Upload.Length == 0)
        {
            return new LeadOutcome(ReviewStatus.Invalid, "Choose a file.", "请选择文件。");
        }

        if (Upload.Length > LeadDocumentRules.MaxBytes)
        {
            return new LeadOutcome(ReviewStatus.Invalid, "The file is larger than 10 MB.", "文件超过 10 MB。");
        }

        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, ct);
        return await service.AttachAsync(id, Version, Upload.FileName, buffer.ToArray(), Evidence, user, audit.ForRequest("form"), ct);
    }, ct);

    public async Task<IActionResult> OnPostRequestAsync(long id, CancellationToken ct) =>
        await ActAsync(id, "requested", user => service.RequestVerificationAsync(id, Version, user, audit.ForRequest("form"), ct), ct);

    public async Task<IActionResult> OnPostVerifyAsync(long id, CancellationToken ct) => !User.IsInRole(Roles.Admin) ? Forbid()
        : await ActAsync(id, "verified", user => service.DecideAsync(id, Version, true, null, user, audit.ForRequest("form"), ct), ct);

    public async Task<IActionResult> OnPostRejectAsync(long id, CancellationToken ct) => !User.IsInRole(Roles.Admin) ? Forbid()
        : await ActAsync(id, "rejected", user => service.DecideAsync(id, Version, false, Reason, user, audit.ForRequest("form"), ct), ct);

    private async Task<IActionResult> ActAsync(long id, string done, Func<SubmissionUser, Task<LeadOutcome>> action, CancellationToken ct)
    {
        if (!User.IsInRole(Roles.Admin) && !User.IsInRole(Roles.ZoneManager))
        {
            return Forbid();
        }

        var outcome = await action(await Reporters.OfAsync(User, ownership, ct));
        if (outcome.Status == ReviewStatus.Done)
        {
            return Redirect($"/leads/{id}?done={done}");
        }

        if (outcome.Status == ReviewStatus.NotFound || !await LoadAsync(id, ct))
        {
            return NotFound();
        }

        (Refused, Done) = (outcome, null);
        return Page();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        Viewer = await Reporters.OfAsync(User, ownership, ct);
        if (await queries.FindAsync(id, Viewer, ct) is not { } lead)
        {
            return false;
        }

        Lead = lead;
        Duplicates = await service.DuplicatesAsync(lead, ct);
        var names = await queries.ZoneNamesAsync(ct);
        ZoneName = names.TryGetValue(lead.ZoneCode, out var n) ? Ui.Name(n.Zh, n.En) : lead.ZoneCode;
        return true;
    }
}
