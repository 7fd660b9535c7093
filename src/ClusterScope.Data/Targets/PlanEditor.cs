using ClusterScope.Data.Auditing;
using ClusterScope.Data.Registry;
using ClusterScope.Domain.Targets;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Targets;

/// <summary>Creates and edits plans and their targets with the domain's validation, optimistic concurrency on the plan's
/// version (a target edit also bumps its plan's version) and an audit entry per changed field.</summary>
public sealed class PlanEditor(ClusterScopeDbContext db)
{
    /// <summary>Creates a plan without targets; invalid when the code is taken.</summary>
    public async Task<EditOutcome> CreatePlanAsync(PlanEdit edit, AuditScope audit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var plan = new Plan { Code = edit.Code?.Trim() ?? "", NameEn = "", NameZh = "", Issuer = "", ScopeRegionCode = "" };
        Apply(plan, edit);
        var errors = plan.Validate();
        if (errors.Count == 0 && await db.Plans.AnyAsync(p => p.Code == plan.Code, ct))
        {
            errors.Add("code", $"there is already a plan '{plan.Code}'.", $"已有代码为“{plan.Code}”的规划。");
        }

        if (errors.Count > 0)
        {
            return new EditOutcome(EditStatus.Invalid, Errors: errors);
        }

        db.Plans.Add(plan);
        return await SaveAsync(audit, () => plan.Version, ct);
    }

    /// <summary>Saves a plan's fields (not its code) if it is still at <see cref="PlanEdit.Version"/>.</summary>
    public async Task<EditOutcome> UpdatePlanAsync(string code, PlanEdit edit, AuditScope audit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var plan = await db.Plans.FirstOrDefaultAsync(p => p.Code == code, ct);
        if (plan is null)
        {
            return new EditOutcome(EditStatus.NotFound);
        }

        Apply(plan, edit);
        var errors = plan.Validate();
        if (errors.Count > 0)
        {
            return new EditOutcome(EditStatus.Invalid, Errors: errors);
        }

        db.Entry(plan).Property(p => p.Version).OriginalValue = edit.Version;
        return await SaveAsync(audit, () => plan.Version, ct);
    }

    /// <summary>Adds a target (<paramref name="targetId"/> null) or changes one, if the plan is still at <see cref="TargetEdit.PlanVersion"/>.</summary>
    /// <returns>The outcome; when saved, its version is the plan's new version.</returns>
    public async Task<(EditOutcome Outcome, int? TargetId)> SaveTargetAsync(string planCode, int? targetId, TargetEdit edit, AuditScope audit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var plan = await db.Plans.Include(p => p.Targets).FirstOrDefaultAsync(p => p.Code == planCode, ct);
        var target = targetId is null ? null : plan?.Targets.FirstOrDefault(t => t.Id == targetId);
        if (plan is null || (targetId is not null && target is null))
        {
            return (new EditOutcome(EditStatus.NotFound), null);
        }

        target ??= new Target { PlanCode = planCode, Code = "", NameEn = "", NameZh = "", Unit = "" };
        Apply(target, edit);
        var errors = target.Validate();
        if (plan.Targets.Any(t => t.Code == target.Code && !ReferenceEquals(t, target)))
        {
            errors.Add("code", $"the plan already has a target '{target.Code}'.", $"本规划已有代码为“{target.Code}”的目标。");
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return (new EditOutcome(EditStatus.Invalid, Errors: errors), null);
        }

        if (targetId is null)
        {
            plan.Targets.Add(target);
        }

        TouchPlan(plan, edit.PlanVersion);
        var outcome = await SaveAsync(audit, () => plan.Version, ct);
        return (outcome, outcome.Status == EditStatus.Saved ? target.Id : null);
    }

    /// <summary>Deletes a target if the plan is still at <paramref name="planVersion"/>.</summary>
    public async Task<EditOutcome> DeleteTargetAsync(string planCode, int targetId, int planVersion, AuditScope audit, CancellationToken ct)
    {
        var plan = await db.Plans.Include(p => p.Targets).FirstOrDefaultAsync(p => p.Code == planCode, ct);
        var target = plan?.Targets.FirstOrDefault(t => t.Id == targetId);
        if (plan is null || target is null)
        {
            return new EditOutcome(EditStatus.NotFound);
        }

        db.Targets.Remove(target);
        TouchPlan(plan, planVersion);
        return await SaveAsync(audit, () => plan.Version, ct);
    }

    private void TouchPlan(Plan plan, int version)
    {
        // A target edit marks the plan modified, so the audit recorder bumps its version and the concurrency check runs.
        var entry = db.Entry(plan).Property(p => p.Version);
        entry.OriginalValue = version;
        entry.IsModified = true;
    }

    private async Task<EditOutcome> SaveAsync(AuditScope audit, Func<int> version, CancellationToken ct)
    {
        db.Audit = audit;
        try
        {
            await db.SaveChangesAsync(ct);
            return new EditOutcome(EditStatus.Saved, version());
        }
        catch (DbUpdateConcurrencyException)
        {
            return new EditOutcome(EditStatus.Conflict);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private static void Apply(Plan plan, PlanEdit edit)
    {
        plan.NameEn = edit.NameEn?.Trim() ?? "";
        plan.NameZh = edit.NameZh?.Trim() ?? "";
        plan.Issuer = edit.Issuer?.Trim() ?? "";
        plan.IssuedOn = edit.IssuedOn;
        plan.SourceDocument = Blank(edit.SourceDocument);
        plan.IssuerZh = Blank(edit.IssuerZh);
        plan.SourceDocumentZh = Blank(edit.SourceDocumentZh);
        plan.PeriodStart = edit.PeriodStart;
        plan.PeriodEnd = edit.PeriodEnd;
        plan.ScopeRegionCode = edit.ScopeRegionCode?.Trim() ?? "";
    }

    private static void Apply(Target target, TargetEdit edit)
    {
        target.Code = edit.Code?.Trim() ?? "";
        target.NameEn = edit.NameEn?.Trim() ?? "";
        target.NameZh = edit.NameZh?.Trim() ?? "";
        target.Kind = edit.Kind;
        target.Comparator = edit.Comparator;
        target.Value = edit.Value;
        target.Unit = edit.Unit?.Trim() ?? "";
        target.DeadlineYear = edit.DeadlineYear;
        target.BaselineValue = edit.BaselineValue;
        target.BaselinePeriod = Blank(edit.BaselinePeriod);
        target.Indicator = Blank(edit.Indicator);
        target.Condition = Blank(edit.Condition);
        target.ReferenceIndicator = Blank(edit.ReferenceIndicator);
        target.ReferenceEntity = Blank(edit.ReferenceEntity);
        target.PartOf = Blank(edit.PartOf);
        target.SourceText = Blank(edit.SourceText);
        target.SourceTextZh = Blank(edit.SourceTextZh);
        target.SortOrder = edit.SortOrder;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
