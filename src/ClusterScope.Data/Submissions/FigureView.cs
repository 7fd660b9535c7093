using ClusterScope.Domain.Submissions;

namespace ClusterScope.Data.Submissions;

/// <summary>A submitted figure beside the approved value it would replace.</summary>
/// <param name="Figure">The submitted figure.</param>
/// <param name="CurrentValue">The approved value now (for a decided submission: the value it replaced); null when there is none.</param>
/// <param name="Unit">The indicator's unit.</param>
public sealed record FigureView(SubmissionFigure Figure, double? CurrentValue, string Unit);
