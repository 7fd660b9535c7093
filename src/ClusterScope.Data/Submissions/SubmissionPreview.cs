using ClusterScope.Data.Intake;
using ClusterScope.Domain.Submissions;

namespace ClusterScope.Data.Submissions;

/// <summary>What checking (and, unless a dry run, submitting) a zone's file found.</summary>
/// <param name="Report">The validation report; when it holds errors nothing was stored.</param>
/// <param name="Figures">The figures beside the approved values they would replace; empty when the file was refused.</param>
/// <param name="Flags">The plausibility flags the figures raise.</param>
/// <param name="SubmissionId">The new submission's number; null on a dry run or a refused file.</param>
public sealed record SubmissionPreview(ImportReport Report, IReadOnlyList<FigureView> Figures, IReadOnlyList<SubmissionFlag> Flags, long? SubmissionId);
