namespace ClusterScope.Analytics.Composite;

/// <summary>One aggregate of a composite framework: a dimension (pillar), a sub-index or the index itself.</summary>
/// <param name="Code">The aggregate code (COINr <c>iCode</c> of an <c>Aggregate</c> row).</param>
/// <param name="Parent">The aggregate it feeds, or <see langword="null"/> for the index at the top.</param>
/// <param name="Weight">Weight relative to the other children of <paramref name="Parent"/>.</param>
public sealed record AggregateNode(string Code, string? Parent = null, double Weight = 1);
