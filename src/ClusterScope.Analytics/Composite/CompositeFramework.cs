namespace ClusterScope.Analytics.Composite;

/// <summary>The tree of a composite indicator as data: indicators feed dimensions, dimensions feed the index.</summary>
/// <remarks>COINr's <c>iMeta</c> table (iCode, Level, Parent, Direction, Weight) split into leaves and aggregates;
/// OECD/JRC (2008) <i>Handbook on Constructing Composite Indicators</i>, step 1 (theoretical framework).
/// Levels are derived from the tree: indicators are level 1 and an aggregate sits one level above its children,
/// which must all share one level (COINr aggregates level by level). Plain records without delegates, so a
/// framework file maps onto them directly.</remarks>
/// <param name="Indicators">The indicators (leaves).</param>
/// <param name="Aggregates">The aggregates; those without a parent form the top level (usually the single index).</param>
public sealed record CompositeFramework(IReadOnlyList<IndicatorNode> Indicators, IReadOnlyList<AggregateNode> Aggregates)
{
    /// <summary>The same framework with every weight set to 1 (equal weights within each parent).</summary>
    /// <remarks>COINr scenario "equal weights" (all <c>Weight = 1</c>).</remarks>
    public CompositeFramework WithEqualWeights() => new(
        Indicators.Select(i => i with { Weight = 1 }).ToArray(),
        Aggregates.Select(a => a with { Weight = 1 }).ToArray());
}
