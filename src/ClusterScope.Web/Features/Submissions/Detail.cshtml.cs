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

    public Task<IActionResult> OnPostApproveAsync(long id, CancellationToken ct) =>
        ActAsync(id, "approved", user => service.ApproveAsync(id, Version, user, audit.ForRequest("form"), ct), ct);

    public Task<IActionResult> OnPostRejectAsync(long id, CancellationToken ct) =>
        ActAsync(id, "rejected", user => service.RejectAsync(id, Version, Reason, user, audit.ForRequest("form"), ct), ct);

    public Task<IActionResult> OnPostWithdrawAsync(long id, CancellationToken ct) =>
        ActAsync(id, "withdrawn", user => service.WithdrawAsync(id, Version, user, audit.ForRequest("form"), ct), ct);

    public Task<IActionResult> OnPostDismissAsync(long id, CancellationToken ct) =>
        ActAsync(id, "dismissed", user => service.DismissFlagAsync(id, FlagId, Reason, user, audit.ForRequest("form"), ct), ct);

    private async Task<IActionResult> ActAsync(long id, string done, Func<SubmissionUser, Task<ReviewOutcome>> action, CancellationToken ct)
    {
        var outcome = await action(await Reporters.OfAsync(User, ownership, ct));
        if (outcome.Status == ReviewStatus.Done)
        {
            return Redirect($"/submissions/{id}?done={done}");
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
