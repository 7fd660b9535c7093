using ClusterScope.Data.Access;
using ClusterScope.Data.Auditing;
using ClusterScope.Data.Intake;
using ClusterScope.Domain.Submissions;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Submissions;

/// <summary>The maker-checker workflow of zone submissions: submit (or check) a file, approve, reject, withdraw, dismiss a flag.</summary>
/// <remarks>Pending figures live in their own tables; approval applies them in one transaction through the importer's
/// observation merge, so a changed value keeps its earlier one as a revision and the audit names the submission and the approver.
/// Every action states the version the user saw; a submission changed since then is a conflict and nothing is written.</remarks>
public sealed class SubmissionService(ClusterScopeDbContext db, ZoneOwnership ownership, SubmissionQueries queries, SubmissionChecks checks,
    IntakeLimits limits)
{
    /// <summary>Checks a zone's observation file and, unless <paramref name="dryRun"/> or refused, stores it as a submission awaiting review.</summary>
    /// <param name="user">The submitter; must report for <paramref name="zoneCode"/>.</param>
    /// <param name="zoneCode">The zone the figures are for; every row must belong to it.</param>
    /// <param name="path">A CSV or XLSX file of observations, in the import's columns.</param>
    /// <param name="fileName">The name the user gave the file.</param>
    /// <param name="dryRun">Check and preview only; store nothing.</param>
    /// <param name="audit">Who submits, and from where.</param>
    /// <param name="ct">Cancels; nothing is stored then.</param>
    public async Task<SubmissionPreview> SubmitAsync(SubmissionUser user, string zoneCode, string path, string fileName, bool dryRun,
        AuditScope audit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(audit);
        if (!user.Reports(zoneCode) || !await db.Zones.AnyAsync(z => z.Code == zoneCode, ct))
        {
            var refused = new ImportReport { File = fileName, Kind = ImportKind.Observations, DryRun = true, Refused = true };
            refused.Add(new ImportError(fileName, 0, "zone", $"{zoneCode} is not one of your zones", $"{zoneCode} 不是您负责的开发区"));
            return new SubmissionPreview(refused, [], [], null);
        }

        var (report, figures) = await SubmissionFile.ReadAsync(db, ownership, user, zoneCode, path, fileName, limits, ct);
        if (report.Refused)
        {
            return new SubmissionPreview(report, [], [], null);
        }

        var flags = await checks.FlagsAsync(zoneCode, figures, ct);
        var views = await queries.CurrentAsync(figures, ct);
        Count(report, views);
        if (dryRun)
        {
            return new SubmissionPreview(report, views, flags, null);
        }

        var submission = new Submission
        {
            ZoneCode = zoneCode, FileName = fileName, SubmittedBy = user.Name, SubmittedAtUtc = DateTime.UtcNow, Status = SubmissionStatus.Submitted,
            Periods = Truncate(string.Join(", ", figures.Select(f => f.Period).Distinct().Order(StringComparer.Ordinal)), 200),
        };
        db.Audit = audit with { Origin = $"{audit.Origin} submission of {fileName}" };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Submissions.Add(submission);
        await db.SaveChangesAsync(ct);
        submission.Figures.AddRange(figures);
        submission.Flags.AddRange(flags);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        report.Written = true;
        return new SubmissionPreview(report, views, flags, submission.Id);
    }

    // What approval would do to the approved figures: a figure with no approved value adds one, one that differs replaces it.
    private static void Count(ImportReport report, IReadOnlyList<FigureView> views)
    {
        report.Added = views.Count(v => v.CurrentValue is null);
        report.Updated = views.Count(v => v.CurrentValue is { } current && current != v.Figure.Value);
        report.Unchanged = views.Count - report.Added - report.Updated;
    }

    /// <summary>Approves a submission: its figures become observations, in one transaction. The approver must be an admin other
    /// than the submitter.</summary>
    public async Task<ReviewOutcome> ApproveAsync(long id, int version, SubmissionUser reviewer, AuditScope audit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reviewer);
        ArgumentNullException.ThrowIfNull(audit);
        var submission = await db.Submissions.Include(s => s.Figures).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (Refusal(submission, version, reviewer, review: true) is { } refusal)
        {
            return refusal;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var current = await queries.CurrentValuesAsync(submission!.Figures, ct);
        foreach (var figure in submission.Figures)
        {
            figure.ReplacedValue = current.TryGetValue(SubmissionQueries.Key(figure), out var value) ? value : null;
        }

        Decide(submission, version, SubmissionStatus.Approved, reviewer.Name, null);
        db.Audit = audit with { Origin = $"{audit.Origin} approval of submission {id}" };
        if (!await TrySaveAsync(ct))
        {
            return await ConflictAsync(id, ct);
        }

        db.Audit = new AuditScope(reviewer.Name, $"submission {id} by {submission.SubmittedBy}, approved by {reviewer.Name}");
        var rows = submission.Figures.OrderBy(f => f.Row).Select(f =>
            new StagedObservation(f.EntityKind, f.EntityCode, f.IndicatorCode, f.Period, f.Value, f.Status, f.Provenance, f.Source)).ToList();
        await ObservationMerge.RunAsync(db, rows, $"submission {id}", _ => { }, ct);
        await transaction.CommitAsync(ct);
        return new ReviewOutcome(ReviewStatus.Done, Version: submission.Version);
    }

    /// <summary>Rejects a submission with a reason the submitter sees; nothing is applied.</summary>
    public async Task<ReviewOutcome> RejectAsync(long id, int version, string? reason, SubmissionUser reviewer, AuditScope audit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reviewer);
        ArgumentNullException.ThrowIfNull(audit);
        if (string.IsNullOrWhiteSpace(reason))
        {
            return new ReviewOutcome(ReviewStatus.Invalid, "Give the reason for the rejection: the submitter reads it.", "请填写退回理由：报送人会看到它。");
        }

        var submission = await db.Submissions.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (Refusal(submission, version, reviewer, review: true) is { } refusal)
        {
            return refusal;
        }

        Decide(submission!, version, SubmissionStatus.Rejected, reviewer.Name, Truncate(reason.Trim(), 2000));
        db.Audit = audit with { Origin = $"{audit.Origin} rejection of submission {id}" };
        return await TrySaveAsync(ct) ? new ReviewOutcome(ReviewStatus.Done, Version: submission!.Version) : await ConflictAsync(id, ct);
    }

    /// <summary>Withdraws a submission before review; only its submitter may.</summary>
    public async Task<ReviewOutcome> WithdrawAsync(long id, int version, SubmissionUser user, AuditScope audit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(audit);
        var submission = await db.Submissions.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (Refusal(submission, version, user, review: false) is { } refusal)
        {
            return refusal;
        }

        Decide(submission!, version, SubmissionStatus.Withdrawn, user.Name, null);
        db.Audit = audit with { Origin = $"{audit.Origin} withdrawal of submission {id}" };
        return await TrySaveAsync(ct) ? new ReviewOutcome(ReviewStatus.Done, Version: submission!.Version) : await ConflictAsync(id, ct);
    }

    /// <summary>Dismisses a plausibility flag of a submission awaiting review, with a reason kept with who and when.</summary>
    public async Task<ReviewOutcome> DismissFlagAsync(long id, long flagId, string? reason, SubmissionUser reviewer, AuditScope audit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reviewer);
        ArgumentNullException.ThrowIfNull(audit);
        var submission = await db.Submissions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        var flag = await db.SubmissionFlags.FirstOrDefaultAsync(f => f.Id == flagId && f.SubmissionId == id, ct);
        if (submission is null || flag is null || !reviewer.Sees(submission.ZoneCode))
        {
            return ReviewOutcome.NotFound;
        }

        if (!reviewer.IsAdmin)
        {
            return new ReviewOutcome(ReviewStatus.NotAllowed, "Only reviewers (admins) dismiss flags.", "只有审核人（管理员）可以忽略提示。");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return new ReviewOutcome(ReviewStatus.Invalid, "Give the reason for dismissing the flag.", "请填写忽略该提示的理由。");
        }

        if (flag.DismissedAtUtc is not null)
        {
            return ReviewOutcome.Conflict($"{flag.DismissedBy} dismissed this flag already.", $"{flag.DismissedBy} 已忽略该提示。");
        }

        (flag.DismissedBy, flag.DismissedAtUtc, flag.DismissalReason) = (reviewer.Name, DateTime.UtcNow, Truncate(reason.Trim(), 2000));
        db.Audit = audit with { Origin = $"{audit.Origin} dismissal of a flag of submission {id}" };
        await db.SaveChangesAsync(ct);
        return new ReviewOutcome(ReviewStatus.Done, Version: submission.Version);
    }

    private static ReviewOutcome? Refusal(Submission? submission, int version, SubmissionUser user, bool review)
    {
        if (submission is null || !user.Sees(submission.ZoneCode))
        {
            return ReviewOutcome.NotFound;
        }

        if (review && !user.IsAdmin)
        {
            return new ReviewOutcome(ReviewStatus.NotAllowed, "Only reviewers (admins) approve or reject submissions.", "只有审核人（管理员）可以批准或退回报送。");
        }

        if (!review && submission.SubmittedBy != user.Name)
        {
            return new ReviewOutcome(ReviewStatus.NotAllowed, "Only the submitter may withdraw a submission.", "只有报送人可以撤回报送。");
        }

        if (submission.Version != version || submission.Status != SubmissionStatus.Submitted)
        {
            return Stale(submission);
        }

        return review && submission.SubmittedBy == user.Name
            ? new ReviewOutcome(ReviewStatus.NotAllowed, "You submitted these figures yourself: another reviewer must approve or reject them.",
                "这些数据由您本人报送：须由另一位审核人批准或退回。")
            : null;
    }

    private static ReviewOutcome Stale(Submission s) => s.Status switch
    {
        SubmissionStatus.Approved => ReviewOutcome.Conflict($"{s.ReviewedBy} approved submission {s.Id} after you opened it; nothing was changed. Reload the page.",
            $"{s.ReviewedBy} 在您打开页面后已批准报送 {s.Id}；未作任何更改。请刷新页面。"),
        SubmissionStatus.Rejected => ReviewOutcome.Conflict($"{s.ReviewedBy} rejected submission {s.Id} after you opened it; nothing was changed. Reload the page.",
            $"{s.ReviewedBy} 在您打开页面后已退回报送 {s.Id}；未作任何更改。请刷新页面。"),
        SubmissionStatus.Withdrawn => ReviewOutcome.Conflict($"{s.ReviewedBy} withdrew submission {s.Id} after you opened it; nothing was changed. Reload the page.",
            $"{s.ReviewedBy} 在您打开页面后已撤回报送 {s.Id}；未作任何更改。请刷新页面。"),
        _ => ReviewOutcome.Conflict($"Submission {s.Id} changed after you opened it; nothing was changed. Reload the page.",
            $"报送 {s.Id} 在您打开页面后已有变动；未作任何更改。请刷新页面。"),
    };

    private void Decide(Submission submission, int version, SubmissionStatus status, string by, string? reason)
    {
        // The version the user saw is the one the update checks, so a decision taken meanwhile makes this one a conflict.
        db.Entry(submission).Property(s => s.Version).OriginalValue = version;
        (submission.Status, submission.ReviewedBy, submission.ReviewedAtUtc, submission.Reason) = (status, by, DateTime.UtcNow, reason);
    }

    private async Task<bool> TrySaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private async Task<ReviewOutcome> ConflictAsync(long id, CancellationToken ct) =>
        Stale(await db.Submissions.AsNoTracking().FirstAsync(s => s.Id == id, ct));

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
