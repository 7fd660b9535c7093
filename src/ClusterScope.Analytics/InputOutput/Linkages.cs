namespace ClusterScope.Analytics.InputOutput;

/// <summary>Backward and forward linkages: direct and total, Rasmussen-Hirschman dispersion indices, the Ghosh forward index.</summary>
/// <remarks>Rasmussen (1956), <i>Studies in Inter-Sectoral Relations</i>; Hirschman (1958), <i>The Strategy of Economic
/// Development</i>; Jones (1976), "The measurement of economic linkages", <i>QJE</i> 90; Miller and Blair (2009),
/// section 12.2. pymrio has none of these; the case 08 formula references (<c>formula_linkages_*.csv</c>) check them.</remarks>
public static class Linkages
{
    /// <summary>Direct backward linkage: the column sums of A.</summary>
    /// <remarks>Chenery and Watanabe (1958); Miller and Blair (2009), eq. 12.13.</remarks>
    public static double[] DirectBackward(Matrix a) => a.ColumnSums();

    /// <summary>Direct forward linkage: the row sums of B.</summary>
    /// <remarks>Miller and Blair (2009), eq. 12.15 (the Ghosh-based direct forward linkage).</remarks>
    public static double[] DirectForward(Matrix b) => b.RowSums();

    /// <summary>Power of dispersion n colsum(L)_j / sum(L): above 1, sector j pulls more than the average sector.</summary>
    /// <remarks>Rasmussen (1956); Miller and Blair (2009), eq. 12.19 (normalised total backward linkage).</remarks>
    public static double[] PowerOfDispersion(Matrix l) => Normalise(l.ColumnSums());

    /// <summary>Sensitivity of dispersion n rowsum(L)_i / sum(L), the Leontief-based forward index.</summary>
    /// <remarks>Rasmussen (1956); Miller and Blair (2009), section 12.2.2, where the Ghosh-based index
    /// (<see cref="GhoshForwardIndex"/>) is preferred; kept because the literature reports both.</remarks>
    public static double[] SensitivityOfDispersion(Matrix l) => Normalise(l.RowSums());

    /// <summary>Ghosh forward index n rowsum(G)_i / sum(G): above 1, sector i's output is spread more widely than average.</summary>
    /// <remarks>Jones (1976); Miller and Blair (2009), eq. 12.20 (normalised total forward linkage from G).</remarks>
    public static double[] GhoshForwardIndex(Matrix g) => Normalise(g.RowSums());

    /// <summary>Classifies each sector by its normalised backward and forward linkages: key when both exceed 1.</summary>
    /// <remarks>Hirschman (1958); Miller and Blair (2009), section 12.2.3 (the four-quadrant classification). A value
    /// exactly 1 counts as not above average.</remarks>
    /// <exception cref="ArgumentException">The two vectors differ in length.</exception>
    public static SectorRole[] Classify(ReadOnlySpan<double> backward, ReadOnlySpan<double> forward)
    {
        if (backward.Length != forward.Length)
        {
            throw new ArgumentException($"{backward.Length} backward and {forward.Length} forward linkages.");
        }

        var roles = new SectorRole[backward.Length];
        for (var j = 0; j < roles.Length; j++)
        {
            roles[j] = (backward[j] > 1, forward[j] > 1) switch
            {
                (true, true) => SectorRole.Key,
                (true, false) => SectorRole.BackwardOriented,
                (false, true) => SectorRole.ForwardOriented,
                _ => SectorRole.Weak,
            };
        }

        return roles;
    }

    private static double[] Normalise(double[] totals)
    {
        var mean = totals.Average();
        return totals.Select(t => t / mean).ToArray();
    }
}
