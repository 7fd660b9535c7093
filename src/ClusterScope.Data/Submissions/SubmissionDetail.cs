using ClusterScope.Domain.Submissions;

namespace ClusterScope.Data.Submissions;

/// <summary>One submission with its figures beside the approved values, and its flags.</summary>
public sealed record SubmissionDetail(Submission Submission, string ZoneNameZh, string ZoneNameEn, IReadOnlyList<FigureView> Figures);
