using ClusterScope.Domain.Submissions;
using Microsoft.EntityFrameworkCore;

namespace ClusterScope.Data.Submissions;

/// <summary>Reads submissions as the user may see them: zone managers their zones' only, admins and analysts all.</summary>
public sealed class SubmissionQueries(ClusterScopeDbContext db)
{
    /// <summary>The submissions the user may see, newest first, optionally of one status.</summary>
    public async Task<IReadOnlyList<SubmissionRow>> ListAsync(SubmissionUser user, SubmissionStatus? status, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var query = db.Submissions.AsNoTracking();
        if (!user.IsAdmin && !user.IsAnalyst)
        {
            var zones = user.Zones.ToList();
            query = query.Where(s => zones.Contains(s.ZoneCode));
        }

        if (status is not null)
        {
            query = query.Where(s => s.Status == status);
        }

        return await query.OrderByDescending(s => s.Id)
            .Join(db.Zones, s => s.ZoneCode, z => z.Code, (s, z) => new SubmissionRow(s.Id, s.ZoneCode, z.NameZh, z.NameEn, s.Periods, s.SubmittedBy,
                s.SubmittedAtUtc, s.Status, s.ReviewedBy, s.Figures.Count, s.Flags.Count(f => f.DismissedAtUtc == null), s.Version))
            .ToListAsync(ct);
    }

    /// <summary>One submission, or null when there is none the user may see (so that others' submissions stay unknown).</summary>
    public async Task<SubmissionDetail?> GetAsync(long id, SubmissionUser user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var submission = await db.Submissions.AsNoTracking().Include(s => s.Figures).Include(s => s.Flags)
            .AsSplitQuery().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (submission is null || !user.Sees(submission.ZoneCode))
        {
            return null;
        }

        submission.Figures.Sort((a, b) => a.Row.CompareTo(b.Row));
        submission.Flags.Sort((a, b) => a.Id.CompareTo(b.Id));
        var zone = await db.Zones.AsNoTracking().FirstAsync(z => z.Code == submission.ZoneCode, ct);
        var figures = submission.Status == SubmissionStatus.Approved
            ? await ViewsAsync(submission.Figures, f => f.ReplacedValue, ct)
            : await CurrentAsync(submission.Figures, ct);
        return new SubmissionDetail(submission, zone.NameZh, zone.NameEn, figures);
    }

    /// <summary>The figures beside the approved values they would replace now.</summary>
    internal async Task<IReadOnlyList<FigureView>> CurrentAsync(IReadOnlyList<SubmissionFigure> figures, CancellationToken ct)
    {
        var current = await CurrentValuesAsync(figures, ct);
        return await ViewsAsync(figures, f => current.TryGetValue(Key(f), out var v) ? v : null, ct);
    }

    /// <summary>The approved values of the figures' keys, by key.</summary>
    internal async Task<Dictionary<(Domain.Registry.EntityKind, string, string, string), double>> CurrentValuesAsync(
        IReadOnlyList<SubmissionFigure> figures, CancellationToken ct)
    {
        var codes = figures.Select(f => f.EntityCode).Distinct().ToList();
        var indicators = figures.Select(f => f.IndicatorCode).Distinct().ToList();
        var periods = figures.Select(f => f.Period).Distinct().ToList();
        var keys = figures.Select(Key).ToHashSet();
        var rows = await db.Observations.AsNoTracking()
            .Where(o => codes.Contains(o.EntityCode) && indicators.Contains(o.IndicatorCode) && periods.Contains(o.Period))
            .Select(o => new { o.EntityKind, o.EntityCode, o.IndicatorCode, o.Period, o.Value }).ToListAsync(ct);
        return rows.Select(o => (Key: (o.EntityKind, o.EntityCode, o.IndicatorCode, o.Period), o.Value))
            .Where(o => keys.Contains(o.Key)).ToDictionary(o => o.Key, o => o.Value);
    }

    internal static (Domain.Registry.EntityKind, string, string, string) Key(SubmissionFigure f) => (f.EntityKind, f.EntityCode, f.IndicatorCode, f.Period);

    private async Task<IReadOnlyList<FigureView>> ViewsAsync(IReadOnlyList<SubmissionFigure> figures, Func<SubmissionFigure, double?> value, CancellationToken ct)
    {
        var units = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Code, i => i.Unit, StringComparer.Ordinal, ct);
        return [.. figures.Select(f => new FigureView(f, value(f), units.GetValueOrDefault(f.IndicatorCode, string.Empty)))];
    }
}
