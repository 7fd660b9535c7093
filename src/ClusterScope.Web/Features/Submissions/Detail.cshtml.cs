using ClusterScope.Data.Access;
using ClusterScope.Data.Submissions;
using ClusterScope.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ClusterScope.Web.Features.Submissions;

/// <summary>One submission: figures against the approved values, flags, and the review actions the user may take.</summary>
[Authorize(Roles = "admin,zone-manager,analyst")]
public sealed class DetailModel(SubmissionQueries queries, SubmissionService service, ZoneOwnership ownership, AuditScopeFactory audit) : PageModel
{
    [BindProperty] public int Version { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public long FlagId { get; set; }
    [BindProperty(SupportsGet = true)] public string? Done { get; set; }

    public SubmissionDetail Detail { get; private set; } = null!;

    public SubmissionUser Viewer { get; private set; } = null!;

    public ReviewOutcome? Refused { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    // Reviewing is the admins'; withdrawing the reporters'. Others are refused before the service is asked, as the API does.
    public async Task<IActionResult> OnPostApproveAsync(long id, CancellationToken ct) => !User.IsInRole(Roles.Admin) ? Forbid()
        : await ActAsync(id, "approved", user => service.ApproveAsync(id, Version, user, audit.ForRequest("form"), ct), ct);

    public async Task<IActionResult> OnPostRejectAsync(long id, CancellationToken ct) => !User.IsInRole(Roles.Admin) ? Forbid()
        : await ActAsync(id, "rejected", user => service.RejectAsync(id, Version, Reason, user, audit.ForRequest("form"), ct), ct);

    public async Task<IActionResult> OnPostWithdrawAsync(long id, CancellationToken ct) => !User.IsInRole(Roles.Admin) && !User.IsInRole(Roles.ZoneManager) ? Forbid()
        : await ActAsync(id, "withdrawn", user => service.WithdrawAsync(id, Version, user, audit.ForRequest("form"), ct), ct, forbidWhenNotAllowed: true);

    public async Task<IActionResult> OnPostDismissAsync(long id, CancellationToken ct) => !User.IsInRole(Roles.Admin) ? Forbid()
        : await ActAsync(id, "dismissed", user => service.DismissFlagAsync(id, FlagId, Reason, user, audit.ForRequest("form"), ct), ct);

    // forbidWhenNotAllowed: answer a refusal as the API does (only the submitter withdraws; nobody else has the button), rather
    // than as a message on the page (an admin approving their own submission is told why not).
    private async Task<IActionResult> ActAsync(long id, string done, Func<SubmissionUser, Task<ReviewOutcome>> action, CancellationToken ct,
        bool forbidWhenNotAllowed = false)
    {
        var outcome = await action(await Reporters.OfAsync(User, ownership, ct));
        if (outcome.Status == ReviewStatus.Done)
        {
            return Redirect($"/submissions/{id}?done={done}");
        }

        if (forbidWhenNotAllowed && outcome.Status == ReviewStatus.NotAllowed)
        {
            return Forbid();
        }

        if (outcome.Status == ReviewStatus.NotFound || !await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Refused = outcome;
        Done = null;
        return Page();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        Viewer = await Reporters.OfAsync(User, ownership, ct);
        if (await queries.GetAsync(id, Viewer, ct) is not { } detail)
        {
            return false;
        }

        Detail = detail;
        return true;
    }
}
