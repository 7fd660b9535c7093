namespace ClusterScope.Analytics.Composite;

/// <summary>Every stage of one composite index, kept so a run can be audited and replayed.</summary>
/// <remarks>COINr's <c>.$Data</c> (Raw, Imputed, Treated, Normalised, Aggregated) and <c>.$Analysis$Treated</c>.
/// Rows of excluded units are NaN from <see cref="Imputed"/> on and their ranks are NaN.</remarks>
/// <param name="Raw">The input values.</param>
/// <param name="Imputed">After imputation.</param>
/// <param name="Treated">After outlier treatment.</param>
/// <param name="Normalised">After normalisation (directions applied).</param>
/// <param name="Aggregated">Normalised indicators followed by every aggregate, level by level (COINr's Aggregated set).</param>
/// <param name="Flags">Imputed and treated cells.</param>
/// <param name="Spec">The specification used.</param>
public sealed record CompositeResult(IndicatorMatrix Raw, IndicatorMatrix Imputed, IndicatorMatrix Treated,
    IndicatorMatrix Normalised, IndicatorMatrix Aggregated, IReadOnlyList<CellFlag> Flags, CompositeSpec Spec)
{
    /// <summary>The framework computed.</summary>
    public required CompositeFramework Framework { get; init; }

    /// <summary>Treatment outcome (checks, winsorised count, transformation) per indicator code.</summary>
    public required IReadOnlyDictionary<string, TreatmentOutcome> Treatment { get; init; }

    /// <summary>The weight each indicator and aggregate had, relative within its parent, before renormalisation.</summary>
    public required IReadOnlyDictionary<string, double> Weights { get; init; }

    /// <summary>Units left out for lack of data.</summary>
    public required IReadOnlyList<UnitExclusion> Exclusions { get; init; }

    /// <summary>Codes of the top-level aggregates (usually the single index).</summary>
    public required IReadOnlyList<string> TopCodes { get; init; }

    /// <summary>Scores of the aggregate or indicator <paramref name="code"/> in <see cref="Aggregated"/>.</summary>
    /// <exception cref="ArgumentException">No such code.</exception>
    public double[] Scores(string code) => Aggregated.Column(code);

    /// <summary>Ranks of the units on <paramref name="code"/> (default: the index), 1 = best, ties "min", NaN for excluded units.</summary>
    /// <remarks>COINr <c>get_results</c>: <c>rank(-x, ties.method = "min")</c>, unrounded scores.</remarks>
    /// <exception cref="ArgumentException">No such code.</exception>
    public double[] Ranks(string? code = null) => Ranking.Descending(Scores(code ?? TopCodes[0]));
}
