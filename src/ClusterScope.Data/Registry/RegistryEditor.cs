using ClusterScope.Domain;
using ClusterScope.Data.Auditing;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Registry;

/// <summary>Edits zones and clusters with validation, optimistic concurrency and an audit entry per changed field.</summary>
public sealed class RegistryEditor(ClusterScopeDbContext db)
{
    /// <summary>Saves a zone's editable fields if the zone is still at <see cref="ZoneEdit.Version"/>.</summary>
    public async Task<EditOutcome> UpdateZoneAsync(string code, ZoneEdit edit, AuditScope audit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var errors = new FieldErrors();
        RequireName(errors, "nameZh", edit.NameZh);
        RequireName(errors, "nameEn", edit.NameEn);
        CheckLongText(errors, "leadingIndustriesZh", "主导产业（中文）", edit.LeadingIndustriesZh);
        CheckLongText(errors, "leadingIndustriesEn", "主导产业（英文）", edit.LeadingIndustriesEn);
        if (edit.AreaHectares is < 0 or > 1_000_000 || edit.AreaHectares is double.NaN)
        {
            errors.Add("areaHectares", $"areaHectares must be between 0 and 1,000,000 ha; got {edit.AreaHectares}.",
                $"面积须在 0 至 1,000,000 公顷之间；现为 {edit.AreaHectares}。");
        }

        if (errors.Count > 0)
        {
            return new EditOutcome(EditStatus.Invalid, Errors: errors);
        }

        var zone = await db.Zones.FirstOrDefaultAsync(z => z.Code == code, ct);
        if (zone is null)
        {
            return new EditOutcome(EditStatus.NotFound);
        }

        db.Entry(zone).Property(z => z.Version).OriginalValue = edit.Version;
        zone.NameZh = edit.NameZh.Trim();
        zone.NameEn = edit.NameEn.Trim();
        zone.LeadingIndustriesZh = Blank(edit.LeadingIndustriesZh);
        zone.LeadingIndustriesEn = Blank(edit.LeadingIndustriesEn);
        zone.AreaHectares = edit.AreaHectares;
        zone.EcoIndustrialStatus = edit.EcoIndustrialStatus;
        return await SaveAsync(audit, () => zone.Version, ct);
    }

    /// <summary>Saves a cluster's editable fields if the cluster is still at <see cref="ClusterEdit.Version"/>.</summary>
    public async Task<EditOutcome> UpdateClusterAsync(string code, ClusterEdit edit, AuditScope audit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(edit);
        var errors = new FieldErrors();
        RequireName(errors, "nameZh", edit.NameZh);
        RequireName(errors, "nameEn", edit.NameEn);
        if (errors.Count > 0)
        {
            return new EditOutcome(EditStatus.Invalid, Errors: errors);
        }

        var cluster = await db.Clusters.FirstOrDefaultAsync(c => c.Code == code, ct);
        if (cluster is null)
        {
            return new EditOutcome(EditStatus.NotFound);
        }

        db.Entry(cluster).Property(c => c.Version).OriginalValue = edit.Version;
        cluster.NameZh = edit.NameZh.Trim();
        cluster.NameEn = edit.NameEn.Trim();
        return await SaveAsync(audit, () => cluster.Version, ct);
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
            db.ChangeTracker.Clear();
            return new EditOutcome(EditStatus.Conflict);
        }
    }

    private static void RequireName(FieldErrors errors, string field, string? value)
    {
        var label = field == "nameZh" ? "中文名称" : "英文名称";
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, $"{field} is required.", $"{label}为必填项。");
        }
        else if (TextRules.Problem(field, value.Trim(), TextRules.NameLength, fieldZh: label) is { } problem)
        {
            errors.Add(field, problem.En + ".", problem.Zh + "。");
        }
    }

    private static void CheckLongText(FieldErrors errors, string field, string label, string? value)
    {
        if (TextRules.Problem(field, Blank(value), TextRules.LongTextLength, lineBreaks: true, fieldZh: label) is { } problem)
        {
            errors.Add(field, problem.En + ".", problem.Zh + "。");
        }
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
