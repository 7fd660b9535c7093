using ClusterScope.Analytics.Composite;

namespace ClusterScope.Domain.Evaluation;

/// <summary>One indicator of an evaluation framework: a leaf of the tree and a code in the data.</summary>
/// <param name="Code">The indicator code, as in the <c>indicator</c> column of the data (and the database where it exists).</param>
/// <param name="Name">Display name.</param>
/// <param name="Dimension">Code of the dimension it feeds.</param>
/// <param name="Direction">Whether higher values are better.</param>
/// <param name="Weight">Weight relative to the other indicators of the dimension (positive; need not sum to 1).</param>
/// <param name="Target">Optional target, used by distance-to-target normalisation.</param>
/// <param name="Unit">Unit of measurement, for people reading the framework.</param>
/// <param name="Source">Whether the indicator is the official document's, the programme's or our assumption.</param>
/// <param name="Data">Whether ClusterScope has data for it.</param>
/// <param name="Note">Free text: definition, source, why it is assumed.</param>
public sealed record FrameworkIndicator(string Code, string Name, string Dimension, Direction Direction = Direction.Positive,
    double Weight = 1, double? Target = null, string? Unit = null, SourceKind Source = SourceKind.Assumed,
    DataStatus Data = DataStatus.Available, string? Note = null) : IBilingualName
{
    /// <summary>Display name in Chinese.</summary>
    public string? NameZh { get; init; }
}
