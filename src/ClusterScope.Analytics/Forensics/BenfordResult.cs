namespace ClusterScope.Analytics.Forensics;

/// <summary>A first-digit test of one set of figures against Benford's law.</summary>
/// <param name="N">How many figures had a first digit (positive and finite).</param>
/// <param name="Counts">How many figures start with 1, 2, ..., 9 (index 0 is digit 1).</param>
/// <param name="ChiSquare">Pearson's statistic Σ (O_d - E_d)² / E_d with E_d = N log10(1 + 1/d); NaN when N is 0.</param>
/// <param name="PValue">P(χ²₈ ≥ <paramref name="ChiSquare"/>); NaN when N is 0.</param>
/// <param name="Mad">Nigrini's mean absolute deviation (1/9) Σ |O_d / N - log10(1 + 1/d)|; NaN when N is 0.</param>
/// <param name="Conformity">The band the MAD falls in (Nigrini 2012, chapter 7); null when N is 0.</param>
public sealed record BenfordResult(int N, int[] Counts, double ChiSquare, double PValue, double Mad, BenfordConformity? Conformity);
