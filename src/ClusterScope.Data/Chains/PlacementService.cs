using ClusterScope.Data.Auditing;
using ClusterScope.Data.Submissions;
using ClusterScope.Domain;
using ClusterScope.Domain.Chains;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Chains;

/// <summary>Hand placements of enterprises on chain segments, by a manager of the enterprise's zone or an admin; audited.</summary>
public sealed class PlacementService(ClusterScopeDbContext db, ChainCatalogue catalogue, TimeProvider clock)
{
    /// <summary>The segment code that says "not in this chain".</summary>
    public const string NotInChain = "none";

    /// <summary>Places <paramref name="enterpriseCode"/> on <paramref name="segmentCode"/> of <paramref name="chainCode"/>;
    /// <see cref="NotInChain"/> takes it off the chain, null or empty returns it to the automatic rule.</summary>
    /// <returns>Done; not found (no such enterprise or chain, or another zone's enterprise for a zone manager); not allowed
    /// (analysts); invalid (an unknown segment, a note too long).</returns>
    public async Task<ReviewOutcome> PlaceAsync(string enterpriseCode, string chainCode, string? segmentCode, string? note,
        SubmissionUser user, AuditScope audit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(audit);
        var enterprise = await db.Enterprises.AsNoTracking().FirstOrDefaultAsync(e => e.Code == enterpriseCode, ct);
        if (enterprise is null || catalogue.Find(chainCode) is not { } chain || !user.Sees(enterprise.ZoneCode ?? string.Empty))
        {
            return new ReviewOutcome(ReviewStatus.NotFound, "No such enterprise or chain.", "没有这家企业或这条产业链。");
        }

        if (!user.IsAdmin && (enterprise.ZoneCode is null || !user.Reports(enterprise.ZoneCode)))
        {
            return new ReviewOutcome(ReviewStatus.NotAllowed, "Only a manager of the enterprise's zone or an admin places it.",
                "只有企业所在开发区的管理员或省级管理员可以调整其环节。");
        }

        segmentCode = string.IsNullOrWhiteSpace(segmentCode) ? null : segmentCode.Trim();
        if (segmentCode is not null && segmentCode != NotInChain && chain.Segment(segmentCode) is null)
        {
            return new ReviewOutcome(ReviewStatus.Invalid,
                $"segment: '{segmentCode}' is not a segment of {chain.Code}; use one of {string.Join(", ", chain.Segments.Select(s => s.Code))} or {NotInChain}.",
                $"segment：“{segmentCode}”不是{chain.NameZh}的环节。");
        }

        if (TextRules.Problem("note", note?.Trim(), ChainModel.NoteLength, lineBreaks: true) is { } problem)
        {
            return new ReviewOutcome(ReviewStatus.Invalid, problem.En, problem.Zh);
        }

        db.Audit = audit with { Origin = $"{audit.Origin} placement" };
        var existing = await db.SegmentPlacements.FirstOrDefaultAsync(p => p.EnterpriseCode == enterprise.Code && p.ChainCode == chain.Code, ct);
        if (segmentCode is null)
        {
            if (existing is not null)
            {
                db.SegmentPlacements.Remove(existing);
            }
        }
        else
        {
            existing ??= db.SegmentPlacements.Add(new SegmentPlacement
            {
                EnterpriseCode = enterprise.Code, ChainCode = chain.Code, PlacedBy = user.Name,
            }).Entity;
            existing.SegmentCode = segmentCode == NotInChain ? null : segmentCode;
            existing.Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
            existing.PlacedBy = user.Name;
            existing.PlacedAt = clock.GetUtcNow().UtcDateTime;
            existing.Version++;
        }

        await db.SaveChangesAsync(ct);
        return new ReviewOutcome(ReviewStatus.Done);
    }
}
