namespace ClusterScope.Analytics.Composite;

/// <summary>The result of treating one indicator: values, what happened to each point, and the checks made.</summary>
/// <remarks>COINr <c>Treat.numeric</c>'s <c>x</c>, <c>Treated_Points</c> and <c>Dets_Table</c>.</remarks>
/// <param name="Values">The treated values.</param>
/// <param name="Points">Per value: winsorised high/low, transformed or unchanged.</param>
/// <param name="Checks">Skew/kurtosis checks in order: before treatment, after winsorisation (if any), after the
/// fallback transformation (if any) (COINr <c>check_SkewKurt0/1/2</c>).</param>
/// <param name="Winsorised">COINr's <c>nwin</c>: the number of points moved in the last winsorisation pass (ties
/// included), or <see langword="null"/> when winsorisation did not run.</param>
/// <param name="Transform">The transformation applied in the end, if any.</param>
public sealed record TreatmentOutcome(double[] Values, CellTreatment[] Points, IReadOnlyList<SkewKurtCheck> Checks,
    int? Winsorised, LogTransform Transform);
