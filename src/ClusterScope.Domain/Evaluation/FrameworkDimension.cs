namespace ClusterScope.Domain.Evaluation;

/// <summary>One dimension (pillar) of an evaluation framework: a group of indicators aggregated into the index.</summary>
/// <param name="Code">The dimension code; also the name of its score column in results.</param>
/// <param name="Name">Display name.</param>
/// <param name="Weight">Weight relative to the other dimensions (positive; 30 and 0.3 mean the same).</param>
/// <param name="Source">Whether the dimension is the official document's, the programme's or our assumption.</param>
/// <param name="WeightSource">Whether the weight is official or assumed (e.g. equal weights where none were published).</param>
/// <param name="Note">Free text.</param>
public sealed record FrameworkDimension(string Code, string Name, double Weight = 1, SourceKind Source = SourceKind.Assumed,
    SourceKind WeightSource = SourceKind.Assumed, string? Note = null) : IBilingualName
{
    /// <summary>Display name in Chinese.</summary>
    public string? NameZh { get; init; }
}
