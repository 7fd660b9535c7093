using ClusterScope.Data.Auditing;
using ClusterScope.Domain;
using ClusterScope.Domain.Chains;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Chains;

/// <summary>Saves an admin's edit of a chain template as a new version, never in place, and lists a chain's versions.</summary>
public sealed class ChainTemplateEditor(ClusterScopeDbContext db, ChainTemplateStore store, TimeProvider clock)
{
    /// <summary>The text of the chain's version in use (its file for a shipped chain never edited), or null for an unknown chain.</summary>
    public async Task<string?> CurrentJsonAsync(string code, CancellationToken ct)
    {
        var saved = await db.ChainTemplateVersions.AsNoTracking().Where(v => v.Code == code).OrderByDescending(v => v.Version).FirstOrDefaultAsync(ct);
        var shipped = store.ShippedTemplates.FirstOrDefault(s => s.Template.Code == code);
        return saved is not null && (shipped.Template is null || saved.Version > shipped.Template.Version) ? saved.Json : shipped.Json;
    }

    /// <summary>Every version of the chain, newest first; the shipped one is by <c>system</c> with no date.</summary>
    public async Task<IReadOnlyList<ChainVersionInfo>> VersionsAsync(string code, CancellationToken ct)
    {
        var saved = (await db.ChainTemplateVersions.AsNoTracking().Where(v => v.Code == code).ToListAsync(ct))
            .Select(v => new ChainVersionInfo(v.Version, v.CreatedBy, v.CreatedAtUtc, Shipped: false));
        var shipped = store.ShippedTemplates.Where(s => s.Template.Code == code).Select(s => new ChainVersionInfo(s.Template.Version, "system", null, Shipped: true));
        return saved.Concat(shipped).OrderByDescending(v => v.Version).ToList();
    }

    /// <summary>Validates <paramref name="json"/> as the next version of chain <paramref name="code"/> and stores it, audited.</summary>
    /// <param name="code">The chain being edited; the template's own code must equal it.</param>
    /// <param name="json">The template's text.</param>
    /// <param name="current">The chain in use now, or null when the admin adds a new chain.</param>
    /// <param name="audit">Who saves it.</param>
    /// <param name="ct">Cancellation.</param>
    /// <returns>The saved template, or null with the problems in both languages (nothing is written then).</returns>
    public async Task<(ChainTemplate? Saved, FieldErrors Errors)> SaveAsync(string code, string json, ChainTemplate? current, AuditScope audit,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(audit);
        if (store.Taxonomy is not { } taxonomy)
        {
            throw new InvalidOperationException("No industry taxonomy (data/classification) is beside the program to validate chain templates.");
        }

        var (template, errors) = ChainTemplateReader.Parse(json, $"{code}.json", $"{code}.json", taxonomy);
        if (template is null)
        {
            return (null, errors);
        }

        var floor = Math.Max(current?.Version ?? 0,
            await db.ChainTemplateVersions.Where(v => v.Code == code).Select(v => (int?)v.Version).MaxAsync(ct) ?? 0);
        if (template.Version <= floor)
        {
            var refused = new FieldErrors();
            refused.Add("version", $"{code}.json: version {template.Version} is not above the version in use ({floor}); an edit is saved as a new version, e.g. {floor + 1}.",
                $"{code}.json：版本 {template.Version} 不高于现行版本（{floor}）；修改须另存为新版本，例如 {floor + 1}。");
            return (null, refused);
        }

        db.Audit = audit;
        db.ChainTemplateVersions.Add(new ChainTemplateVersion
        {
            Code = code, Version = template.Version, Json = json, CreatedBy = audit.Actor, CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (!await db.ChainTemplateVersions.AnyAsync(v => v.Code == code && v.Version == template.Version, ct))
            {
                throw;
            }

            var taken = new FieldErrors();
            taken.Add("version", $"{code}.json: version {template.Version} was saved by someone else meanwhile; reload and edit that one.",
                $"{code}.json：版本 {template.Version} 已由他人同时保存；请刷新后在其基础上修改。");
            return (null, taken);
        }

        return (template, new FieldErrors());
    }
}

/// <summary>One version of a chain template.</summary>
/// <param name="Version">The version number.</param>
/// <param name="CreatedBy">Who saved it (<c>system</c> for the shipped file).</param>
/// <param name="CreatedAtUtc">When it was saved, null for the shipped file.</param>
/// <param name="Shipped">Whether it is the file shipped with the data set.</param>
public sealed record ChainVersionInfo(int Version, string CreatedBy, DateTime? CreatedAtUtc, bool Shipped);
