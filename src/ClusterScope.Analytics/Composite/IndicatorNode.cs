namespace ClusterScope.Analytics.Composite;

/// <summary>One indicator of a composite framework: a leaf of the tree, a column of the data.</summary>
/// <param name="Code">The indicator code, matching a column of the data (COINr <c>iCode</c>).</param>
/// <param name="Parent">The code of the dimension (pillar) it is aggregated into.</param>
/// <param name="Direction">Whether higher values are better.</param>
/// <param name="Weight">Weight relative to the other children of <paramref name="Parent"/> (need not sum to 1).</param>
/// <param name="Target">Optional target value, used by <see cref="NormalisationSpec.DistanceToTarget"/>.</param>
public sealed record IndicatorNode(string Code, string Parent, Direction Direction = Direction.Positive,
    double Weight = 1, double? Target = null);
