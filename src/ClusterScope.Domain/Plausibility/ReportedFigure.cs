using ClusterScope.Domain.Registry;

namespace ClusterScope.Domain.Plausibility;

/// <summary>One reported figure: an entity's value of one indicator in one period.</summary>
/// <param name="Kind">The kind of entity reported on.</param>
/// <param name="EntityCode">The entity's code.</param>
/// <param name="IndicatorCode">The indicator, e.g. <c>cluster_output</c>.</param>
/// <param name="Period">A year (<c>2017</c>), a quarter (<c>2023-Q1</c>) or a month (<c>2023-07</c>).</param>
/// <param name="Value">The value in the indicator's unit.</param>
public sealed record ReportedFigure(EntityKind Kind, string EntityCode, string IndicatorCode, string Period, double Value);
