namespace ClusterScope.Domain.Registry;

/// <summary>A unit of measurement with its name in both languages and the decimals its figures are shown with.</summary>
/// <param name="Code">The unit as indicators, targets and frameworks store it, e.g. <c>100m CNY</c>.</param>
/// <param name="NameZh">Chinese name, e.g. 亿元.</param>
/// <param name="NameEn">English name, e.g. 100m CNY.</param>
/// <param name="Decimals">Decimals a figure in this unit is shown with: 0 for counts, 1 for areas in hectares.</param>
public sealed record MeasurementUnit(string Code, string NameZh, string NameEn, int Decimals);
