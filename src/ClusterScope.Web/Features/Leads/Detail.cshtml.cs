using ClusterScope.Data.Access;
using ClusterScope.Data.Chains;
using ClusterScope.Data.InputOutput;
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
public sealed class DetailModel(LeadQueries queries, LeadService service, ZoneOwnership ownership, AuditScopeFactory audit,
    ChainCatalogue catalogue, ProjectImpacts impacts) : PageModel
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

    /// <summary>The lead's expected impact through the regionalised input-output table; null when no table is loaded.</summary>
    public ProjectImpact? Impact { get; private set; }

    /// <summary>Where the industry code of the operating phase came from: enterprise, candidate or segment.</summary>
    public string? IndustryBasis { get; private set; }

    /// <summary>The lead's chain and segment by name (codes when the chain is unknown), or null.</summary>
    public string? ChainText => Lead.ChainCode is not { } code ? null
        : catalogue.Find(code) is not { } chain ? code + (Lead.SegmentCode is { } s ? " / " + s : "")
        : Ui.Name(chain.NameZh, chain.NameEn) + (Lead.SegmentCode is { } segment
            ? " / " + (chain.Segment(segment) is { } found ? Ui.Name(found.NameZh, found.NameEn) : segment)
            : "");

    /// <summary>Whether the impact panel's table is regionalised to Jilin.</summary>
    public bool ImpactRegionalised => impacts.Regionalisation is not null;

    /// <summary>The table and method of the impact panel.</summary>
    public string ImpactTableName => impacts.Regionalisation is { } r
        ? $"{impacts.TableId} ({r.Method.ToString().ToUpperInvariant()}, δ = {r.Delta.ToString(System.Globalization.CultureInfo.InvariantCulture)})"
        : impacts.TableId;

    /// <summary>Where the operating sector's industry code came from, in the page's language.</summary>
    public string IndustryBasisText => IndustryBasis switch
    {
        "enterprise" => Ui.IsChinese ? "企业" : "enterprise",
        "candidate" => Ui.IsChinese ? "候选企业" : "candidate",
        _ => Ui.IsChinese ? "产业链环节" : "chain segment",
    };

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
        var (industry, basis) = await queries.IndustryOfAsync(lead, catalogue, ct);
        (Impact, IndustryBasis) = (impacts.Estimate(lead.ExpectedInvestment, lead.ExpectedOutput, industry), basis);
        return true;
    }
}
