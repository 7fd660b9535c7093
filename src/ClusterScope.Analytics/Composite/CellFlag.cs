namespace ClusterScope.Analytics.Composite;

/// <summary>One value that imputation or treatment changed, so pages can show it.</summary>
/// <param name="Unit">The unit code.</param>
/// <param name="Code">The indicator code.</param>
/// <param name="Kind">What was done.</param>
public sealed record CellFlag(string Unit, string Code, CellFlagKind Kind);
