using ClusterScope.Domain.Submissions;

namespace ClusterScope.Data.Submissions;

/// <summary>One submission in a list.</summary>
public sealed record SubmissionRow(long Id, string ZoneCode, string ZoneNameZh, string ZoneNameEn, string Periods, string SubmittedBy,
    DateTime SubmittedAtUtc, SubmissionStatus Status, string? ReviewedBy, int Figures, int OpenFlags, int Version);
