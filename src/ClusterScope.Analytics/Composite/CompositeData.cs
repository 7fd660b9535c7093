namespace ClusterScope.Analytics.Composite;

/// <summary>What a composite index is computed from: the raw indicator values and what imputation may need.</summary>
/// <param name="Raw">Units by indicators, NaN where missing.</param>
/// <param name="Groups">Optional group of each unit (e.g. national / provincial zone), for group imputation.</param>
/// <param name="Previous">Optional previous-period values (same units and indicators), for
/// <see cref="ImputationSpec.CarryLastPeriod"/>.</param>
public sealed record CompositeData(IndicatorMatrix Raw, IReadOnlyList<string>? Groups = null, IndicatorMatrix? Previous = null);
