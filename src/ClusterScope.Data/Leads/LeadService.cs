using ClusterScope.Data.Auditing;
using ClusterScope.Data.Submissions;
using ClusterScope.Domain.Leads;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Leads;

/// <summary>The lead pipeline's writes: create and edit a lead, move it between stages, attach documents, and the
/// maker-checker verification of a win.</summary>
/// <remarks>Zone managers act on their own zones' leads only (another zone's lead is not found); admins on all; analysts read.
/// Every action states the version the user saw, so a lead changed meanwhile is a conflict and nothing is written. Every
/// change is audited, and stage changes and verification steps are also recorded as <see cref="LeadEvent"/>s.</remarks>
public sealed class LeadService(ClusterScopeDbContext db, TimeProvider clock)
{
    /// <summary>Creates a lead at <see cref="LeadStage.Identified"/> (the first history entry).</summary>
    public async Task<LeadOutcome> CreateAsync(LeadEdit edit, SubmissionUser user, AuditScope audit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(edit);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(audit);
        if (user.IsAnalyst && !user.IsAdmin)
        {
            return LeadOutcome.Refused(ReviewStatus.NotAllowed, ("Analysts read leads and change none.", "分析人员只能查看线索，不能修改。"));
        }

        var errors = await LeadValidation.CheckAsync(db, edit, user, ct);
        if (errors.Count > 0)
        {
            return LeadOutcome.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var lead = new Lead
        {
            CompanyName = edit.CompanyName!.Trim(), ZoneCode = edit.ZoneCode!.Trim(), CreatedBy = user.Name, CreatedAtUtc = now,
            Stage = LeadStage.Identified, StageSince = DateOnly.FromDateTime(now),
        };
        Apply(lead, edit);
        lead.History.Add(new LeadStageChange { To = LeadStage.Identified, On = lead.StageSince, By = user.Name, AtUtc = now });
        db.Audit = audit with { Origin = $"{audit.Origin} new lead" };
        db.Leads.Add(lead);
        await db.SaveChangesAsync(ct);
        return LeadOutcome.Done(lead.Id, lead.Version);
    }

    /// <summary>Changes a lead's fields (not its stage). Moving a lead to a zone the user does not report for is refused.</summary>
    public async Task<LeadOutcome> UpdateAsync(long id, int version, LeadEdit edit, SubmissionUser user, AuditScope audit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(edit);
        ArgumentNullException.ThrowIfNull(audit);
        var (lead, refusal) = await WritableAsync(id, version, user, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        var errors = await LeadValidation.CheckAsync(db, edit, user, ct);
        if (errors.Count > 0)
        {
            return LeadOutcome.Invalid(errors);
        }

        lead!.CompanyName = edit.CompanyName!.Trim();
        lead.ZoneCode = edit.ZoneCode!.Trim();
        Apply(lead, edit);
        db.Audit = audit with { Origin = $"{audit.Origin} edit of lead {id}" };
        return await SaveAsync(lead, ct);
    }

    /// <summary>Moves a lead to <paramref name="to"/> on <paramref name="on"/>; skipping, going back, losing and reopening need
    /// a reason. A verified win that falls back before signing, or is lost, no longer counts and must be verified again.</summary>
    public async Task<LeadOutcome> MoveAsync(long id, int version, LeadStage to, DateOnly? on, string? reason, SubmissionUser user, AuditScope audit,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(audit);
        var (lead, refusal) = await WritableAsync(id, version, user, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        if (LeadRules.RefuseMove(lead!.Stage, to, reason) is { } why)
        {
            return LeadOutcome.Refused(ReviewStatus.Invalid, why);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var date = on ?? DateOnly.FromDateTime(now);
        if (date > DateOnly.FromDateTime(now) || date < lead.StageSince)
        {
            return LeadOutcome.Refused(ReviewStatus.Invalid, ($"The date must lie between {lead.StageSince:yyyy-MM-dd} (when the lead reached its stage) and today.",
                $"日期须在 {lead.StageSince:yyyy-MM-dd}（进入当前阶段之日）与今天之间。"));
        }

        var from = lead.Stage;
        var trimmed = string.IsNullOrWhiteSpace(reason) ? null : Truncate(reason.Trim());
        lead.History.Add(new LeadStageChange { LeadId = lead.Id, From = from, To = to, On = date, Reason = trimmed, By = user.Name, AtUtc = now });
        (lead.Stage, lead.StageSince) = (to, date);
        lead.LostReason = to == LeadStage.Lost ? trimmed : null;
        if (LeadStages.IsWin(to))
        {
            lead.SignedOn ??= date;
        }
        else
        {
            lead.SignedOn = null;
            if (lead.Verification != Verification.None)
            {
                (lead.Verification, lead.VerificationNote) = (Verification.None, "withdrawn: the lead left the signed stages");
            }
        }

        Event(lead, LeadEventKind.StageChanged, $"stage:{lead.Id}:{lead.History.Count}:{now.Ticks}",
            $"{lead.CompanyName}: {LeadStages.NameEn(from)} → {LeadStages.NameEn(to)}", $"{lead.CompanyName}：{LeadStages.NameZh(from)} → {LeadStages.NameZh(to)}", now);
        db.Audit = audit with { Origin = $"{audit.Origin} lead {id} moved to {LeadStages.Code(to)}" };
        return await SaveAsync(lead, ct);
    }

    /// <summary>Attaches a document (evidence of a win, or another), checked for size and type by its content.</summary>
    public async Task<LeadOutcome> AttachAsync(long id, int version, string fileName, byte[] content, bool isEvidence, SubmissionUser user, AuditScope audit,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(audit);
        var (lead, refusal) = await WritableAsync(id, version, user, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        var (type, why) = LeadDocumentRules.Check(fileName, content);
        if (why is { } problem)
        {
            return new LeadOutcome(ReviewStatus.Invalid, problem.En, problem.Zh);
        }

        if (lead!.Documents.Count >= LeadDocumentRules.MaxPerLead)
        {
            return LeadOutcome.Refused(ReviewStatus.Invalid, ($"A lead holds at most {LeadDocumentRules.MaxPerLead} documents.", $"每条线索最多 {LeadDocumentRules.MaxPerLead} 份材料。"));
        }

        lead.Documents.Add(new LeadDocument
        {
            LeadId = lead.Id, FileName = LeadDocumentRules.SafeName(fileName), ContentType = type!, Size = content.Length, Content = content,
            IsEvidence = isEvidence, UploadedBy = user.Name, UploadedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        db.Entry(lead).Property(l => l.Version).IsModified = true;
        db.Audit = audit with { Origin = $"{audit.Origin} document for lead {id}" };
        return await SaveAsync(lead, ct);
    }

    /// <summary>Asks a province reviewer to verify the win: the lead must be signed or later, with evidence attached.</summary>
    public async Task<LeadOutcome> RequestVerificationAsync(long id, int version, SubmissionUser user, AuditScope audit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(audit);
        var (lead, refusal) = await WritableAsync(id, version, user, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        if (LeadRules.RefuseRequest(lead!) is { } why)
        {
            return LeadOutcome.Refused(ReviewStatus.Invalid, why);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        (lead!.Verification, lead.VerificationRequestedBy, lead.VerificationNote) = (Verification.Requested, user.Name, null);
        Event(lead, LeadEventKind.VerificationRequested, $"request:{lead.Id}:{now.Ticks}", $"{lead.CompanyName}: verification asked for by {user.Name}",
            $"{lead.CompanyName}：{user.Name} 申请核验", now);
        db.Audit = audit with { Origin = $"{audit.Origin} verification request for lead {id}" };
        return await SaveAsync(lead, ct);
    }

    /// <summary>Verifies a win (a province reviewer who is not its owner, and not a project counted already) or rejects it
    /// with a reason the owner reads.</summary>
    public async Task<LeadOutcome> DecideAsync(long id, int version, bool verify, string? reason, SubmissionUser reviewer, AuditScope audit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reviewer);
        ArgumentNullException.ThrowIfNull(audit);
        var lead = await db.Leads.Include(l => l.Documents).Include(l => l.History).FirstOrDefaultAsync(l => l.Id == id, ct);
        if (lead is null || !reviewer.Sees(lead.ZoneCode))
        {
            return LeadOutcome.NotFound;
        }

        if (!reviewer.IsAdmin)
        {
            return LeadOutcome.Refused(ReviewStatus.NotAllowed, ("Only province reviewers (admins) verify wins.", "只有省级审核人（管理员）可以核验项目。"));
        }

        if (lead.Version != version)
        {
            return LeadOutcome.Stale;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (!verify)
        {
            if (string.IsNullOrWhiteSpace(reason))
            {
                return LeadOutcome.Refused(ReviewStatus.Invalid, ("Give the reason for the rejection: the lead's owner reads it.", "请填写退回理由：线索负责方会看到它。"));
            }

            if (lead.Verification != Verification.Requested)
            {
                return LeadOutcome.Refused(ReviewStatus.Invalid, ("Nobody has asked for this win to be verified.", "该项目尚未申请核验。"));
            }

            (lead.Verification, lead.VerifiedBy, lead.VerifiedAtUtc, lead.VerificationNote) = (Verification.Rejected, reviewer.Name, now, Truncate(reason.Trim()));
            Event(lead, LeadEventKind.WinRejected, $"reject:{lead.Id}:{now.Ticks}", $"{lead.CompanyName}: win rejected by {reviewer.Name}",
                $"{lead.CompanyName}：{reviewer.Name} 退回核验", now);
        }
        else
        {
            var duplicates = await DuplicatesAsync(lead, ct);
            if (LeadRules.RefuseVerify(lead, reviewer.Name, reviewer.Zones.Contains(lead.ZoneCode), duplicates.Where(d => d.CountsAsWin).ToList()) is { } why)
            {
                return LeadOutcome.Refused(ReviewStatus.NotAllowed, why);
            }

            (lead.Verification, lead.VerifiedBy, lead.VerifiedAtUtc, lead.VerificationNote) = (Verification.Verified, reviewer.Name, now, null);
            Event(lead, LeadEventKind.WinVerified, $"verify:{lead.Id}:{now.Ticks}", $"{lead.CompanyName}: win verified by {reviewer.Name}",
                $"{lead.CompanyName}：{reviewer.Name} 核验通过", now);
        }

        db.Audit = audit with { Origin = $"{audit.Origin} {(verify ? "verification" : "rejection")} of lead {id}" };
        return await SaveAsync(lead, ct);
    }

    /// <summary>The other leads that look like the same project (see <see cref="LeadRules.SuspectedDuplicates"/>), in any zone.</summary>
    public async Task<IReadOnlyList<Lead>> DuplicatesAsync(Lead lead, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(lead);
        var credit = lead.CreditCode;
        var others = await db.Leads.AsNoTracking()
            .Where(l => l.Id != lead.Id && ((credit != null && l.CreditCode == credit) || l.ZoneCode == lead.ZoneCode)).ToListAsync(ct);
        return LeadRules.SuspectedDuplicates(lead, others);
    }

    /// <summary>Records an event for every next action past its due date on <paramref name="today"/> (once per lead and due date).</summary>
    /// <returns>How many new events were recorded.</returns>
    public async Task<int> RecordOverdueAsync(DateOnly today, CancellationToken ct)
    {
        var overdue = await db.Leads.AsNoTracking().Where(LeadQueries.OverdueOn(today)).ToListAsync(ct);
        var keys = overdue.Select(l => OverdueKey(l)).ToList();
        var known = (await db.LeadEvents.Where(e => keys.Contains(e.Key)).Select(e => e.Key).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var now = clock.GetUtcNow().UtcDateTime;
        var added = 0;
        foreach (var lead in overdue.Where(l => !known.Contains(OverdueKey(l))))
        {
            Event(lead, LeadEventKind.ActionOverdue, OverdueKey(lead), $"{lead.CompanyName}: \"{lead.NextAction}\" was due on {lead.NextActionDue:yyyy-MM-dd}",
                $"{lead.CompanyName}：“{lead.NextAction}”已于 {lead.NextActionDue:yyyy-MM-dd} 到期", now);
            added++;
        }

        await db.SaveChangesAsync(ct);
        return added;
    }

    private static string OverdueKey(Lead lead) => $"overdue:{lead.Id}:{lead.NextActionDue:yyyy-MM-dd}";

    private void Event(Lead lead, LeadEventKind kind, string key, string detail, string detailZh, DateTime now) =>
        db.LeadEvents.Add(new LeadEvent { LeadId = lead.Id, ZoneCode = lead.ZoneCode, Kind = kind, Key = key, Detail = detail, DetailZh = detailZh, AtUtc = now });

    private async Task<(Lead? Lead, LeadOutcome? Refusal)> WritableAsync(long id, int version, SubmissionUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var lead = await db.Leads.Include(l => l.History).Include(l => l.Documents).FirstOrDefaultAsync(l => l.Id == id, ct);
        if (lead is null || !user.Sees(lead.ZoneCode))
        {
            return (null, LeadOutcome.NotFound);
        }

        if (!user.Reports(lead.ZoneCode))
        {
            return (null, LeadOutcome.Refused(ReviewStatus.NotAllowed, ("Analysts read leads and change none.", "分析人员只能查看线索，不能修改。")));
        }

        return lead.Version != version ? (null, LeadOutcome.Stale) : (lead, null);
    }

    private async Task<LeadOutcome> SaveAsync(Lead lead, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return LeadOutcome.Done(lead.Id, lead.Version);
        }
        catch (DbUpdateConcurrencyException)
        {
            return LeadOutcome.Stale;
        }
    }

    private static void Apply(Lead lead, LeadEdit edit)
    {
        lead.CreditCode = Blank(edit.CreditCode)?.ToUpperInvariant();
        lead.EnterpriseCode = Blank(edit.EnterpriseCode);
        lead.CandidateCode = edit.CandidateCode;
        lead.Origin = Blank(edit.Origin);
        lead.ClusterCode = Blank(edit.ClusterCode);
        lead.ChainCode = Blank(edit.ChainCode);
        lead.SegmentCode = Blank(edit.SegmentCode);
        lead.ExpectedInvestment = edit.ExpectedInvestment;
        lead.ExpectedJobs = edit.ExpectedJobs;
        lead.ExpectedOutput = edit.ExpectedOutput;
        lead.NextAction = Blank(edit.NextAction);
        lead.NextActionDue = edit.NextActionDue;
        lead.Notes = Blank(edit.Notes);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Truncate(string text) => text.Length > LeadModel.NoteLength ? text[..LeadModel.NoteLength] : text;
}
