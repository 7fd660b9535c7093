using System.Linq.Expressions;
using ClusterScope.Data.Submissions;
using ClusterScope.Domain.Leads;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Leads;

/// <summary>The lead pipeline's reads, each limited to the zones the user sees: lists, one lead, documents, the funnel,
/// overdue actions and the verified totals.</summary>
public sealed class LeadQueries(ClusterScopeDbContext db)
{
    /// <summary>The leads the user sees, optionally of one zone, stage or chain; newest first.</summary>
    public async Task<IReadOnlyList<Lead>> ListAsync(SubmissionUser user, string? zoneCode, LeadStage? stage, string? chainCode, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var query = Visible(user);
        if (zoneCode is not null)
        {
            query = query.Where(l => l.ZoneCode == zoneCode);
        }

        if (stage is { } s)
        {
            query = query.Where(l => l.Stage == s);
        }

        if (chainCode is not null)
        {
            query = query.Where(l => l.ChainCode == chainCode);
        }

        return await query.Include(l => l.History).OrderByDescending(l => l.Id).ToListAsync(ct);
    }

    /// <summary>One lead with its history and its documents' names (not their bytes); null when there is none the user sees.</summary>
    public async Task<Lead?> FindAsync(long id, SubmissionUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var lead = await Visible(user).Include(l => l.History).FirstOrDefaultAsync(l => l.Id == id, ct);
        if (lead is not null)
        {
            lead.Documents = await db.LeadDocuments.AsNoTracking().Where(d => d.LeadId == id).OrderBy(d => d.Id)
                .Select(d => new LeadDocument
                {
                    Id = d.Id, LeadId = d.LeadId, FileName = d.FileName, ContentType = d.ContentType, Size = d.Size, IsEvidence = d.IsEvidence,
                    UploadedBy = d.UploadedBy, UploadedAtUtc = d.UploadedAtUtc, Content = Array.Empty<byte>(),
                }).ToListAsync(ct);
        }

        return lead;
    }

    /// <summary>A document with its bytes; null unless the user sees its lead.</summary>
    public async Task<LeadDocument?> DocumentAsync(long leadId, long documentId, SubmissionUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        return await Visible(user).AnyAsync(l => l.Id == leadId, ct)
            ? await db.LeadDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId && d.LeadId == leadId, ct)
            : null;
    }

    /// <summary>Whether a lead's next action was due before <paramref name="today"/> while the lead is live (neither lost nor in
    /// production); one definition for the database's queries and for leads already read.</summary>
    public static Expression<Func<Lead, bool>> OverdueOn(DateOnly today) =>
        l => l.NextActionDue != null && l.NextActionDue < today && l.Stage != LeadStage.Lost && l.Stage != LeadStage.InProduction;

    /// <summary>The live leads whose next action was due before <paramref name="today"/>, most overdue first.</summary>
    public async Task<IReadOnlyList<Lead>> OverdueAsync(SubmissionUser user, DateOnly today, CancellationToken ct) =>
        await Visible(user).Where(OverdueOn(today)).OrderBy(l => l.NextActionDue).ThenBy(l => l.Id).ToListAsync(ct);

    /// <summary>The funnel of the leads the user sees (optionally of one zone): per stage, how many leads reached it, how
    /// many went on to the next, and the median days spent in it.</summary>
    public async Task<IReadOnlyList<FunnelStage>> FunnelAsync(SubmissionUser user, string? zoneCode, DateOnly today, CancellationToken ct) =>
        LeadFunnel.Of(await ListAsync(user, zoneCode, null, null, ct), today);

    /// <summary>Verified investment and jobs by zone and signing year, over the leads the user sees.</summary>
    public async Task<IReadOnlyList<VerifiedTotal>> VerifiedTotalsAsync(SubmissionUser user, CancellationToken ct) =>
        VerifiedTotal.Of(await Visible(user).Where(l => l.Verification == Verification.Verified).ToListAsync(ct));

    /// <summary>The recorded events after <paramref name="afterId"/>, oldest first (for a notifier that remembers where it stopped).</summary>
    public async Task<IReadOnlyList<LeadEvent>> EventsAsync(long afterId, int limit, CancellationToken ct) =>
        await db.LeadEvents.AsNoTracking().Where(e => e.Id > afterId).OrderBy(e => e.Id).Take(limit).ToListAsync(ct);

    /// <summary>The lead's GB/T 4754-2017 code and where it came from: the registry enterprise's, the candidate's, or the first
    /// code of its chain segment; (null, null) when the lead names none of these.</summary>
    public async Task<(string? Code, string? Basis)> IndustryOfAsync(Lead lead, Chains.ChainCatalogue catalogue, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(lead);
        ArgumentNullException.ThrowIfNull(catalogue);
        if (lead.EnterpriseCode is { } e && await db.Enterprises.AsNoTracking().Where(x => x.Code == e).Select(x => x.IndustryCode).FirstOrDefaultAsync(ct) is { } fromEnterprise)
        {
            return (fromEnterprise, "enterprise");
        }

        if (lead.CandidateCode is { } c && await db.Candidates.AsNoTracking().Where(x => x.Code == c).Select(x => x.IndustryCode).FirstOrDefaultAsync(ct) is { } fromCandidate)
        {
            return (fromCandidate, "candidate");
        }

        return lead.SegmentCode is { } s && catalogue.Find(lead.ChainCode)?.Segment(s) is { IndustryCodes.Count: > 0 } segment
            ? (segment.IndustryCodes[0], "segment")
            : (null, null);
    }

    /// <summary>The Chinese and English names of every zone, by code, for lists of leads.</summary>
    public async Task<IReadOnlyDictionary<string, (string Zh, string En)>> ZoneNamesAsync(CancellationToken ct) =>
        (await db.Zones.AsNoTracking().Select(z => new { z.Code, z.NameZh, z.NameEn }).ToListAsync(ct))
            .ToDictionary(z => z.Code, z => (z.NameZh, z.NameEn), StringComparer.Ordinal);

    private IQueryable<Lead> Visible(SubmissionUser user)
    {
        var all = db.Leads.AsNoTracking();
        if (user.IsAdmin || user.IsAnalyst)
        {
            return all;
        }

        var zones = user.Zones.ToList();
        return all.Where(l => zones.Contains(l.ZoneCode));
    }
}
