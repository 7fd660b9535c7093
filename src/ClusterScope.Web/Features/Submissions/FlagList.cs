using ClusterScope.Domain.Submissions;

namespace ClusterScope.Web.Features.Submissions;

/// <summary>The flags a page shows, and whether (and for which submission) they can be dismissed from it.</summary>
public sealed record FlagList(IReadOnlyList<SubmissionFlag> Flags, long? SubmissionId, bool CanDismiss);
