using System.Numerics.Tensors;

namespace ClusterScope.Analytics.Complexity;

/// <summary>Economic complexity of regions and industries: RCA, presence, diversity, ubiquity, ECI, PCI, proximity,
/// density, COI and COG in one pass, for one year or a panel.</summary>
public static class EconomicComplexity
{
    /// <summary>Runs the whole complexity pipeline on a region x industry value matrix (one year).</summary>
    /// <param name="values">Regions in rows, industries in columns; finite, non-negative (exports, employment, output).</param>
    /// <param name="options">Threshold, proximity, density and convention; <see cref="ComplexityOptions.Default"/> when null.</param>
    /// <remarks>
    /// <para>Hidalgo and Hausmann (2009), <i>PNAS</i> 106(26); Hausmann et al. (2014), <i>The Atlas of Economic Complexity</i>;
    /// Hidalgo et al. (2007), <i>Science</i> 317. The default reproduces py-ecomplexity 0.5.2 <c>ecomplexity()</c>:
    /// M = [RCA &gt;= threshold] (threshold 1); kp is the eigenvector of the second-largest eigenvalue of
    /// M_pp = (M / k_p)' (M / k_c), kc = (M / k_c) kp, both signed so that corr(diversity, kc) &gt; 0;
    /// ECI = (kc - mean kc) / sd kc with the population sd (ddof 0); PCI = (kp - mean kc) / sd kc, ECI's mean and sd, so
    /// PCI is not mean 0 / sd 1 (Stata <c>ecomplexity</c>; py-ecomplexity #19, #23); COI and COG are computed from the raw
    /// kp, then COI is z-scored (ddof 0) and COG divided by sd(kc).</para>
    /// <para><see cref="ComplexityConvention.EconGeo"/> returns EconGeo's KCI / TCI as ECI / PCI instead (COI and COG
    /// keep py-ecomplexity's definition). Regions and industries with a zero total are dropped first (NaN in every output,
    /// as py-ecomplexity). The eigenproblem is solved in the symmetric form D_p^-1/2 M' D_c^-1 M D_p^-1/2 (py-ecomplexity #48).</para>
    /// </remarks>
    /// <exception cref="ArgumentException">A value is negative or not finite; fewer than two regions or industries are active;
    /// a region has no industry (or an industry no region) at or above the threshold (py-ecomplexity returns NaN for the
    /// whole year, #22); the region-industry graph is disconnected or the second eigenvalue is tied.</exception>
    public static ComplexityResult Compute(Matrix values, ComplexityOptions? options = null) =>
        Compute(values, options ?? ComplexityOptions.Default, managed: false);

    /// <summary>Runs <see cref="Compute(Matrix, ComplexityOptions)"/> on every year of a panel, each year on its own.</summary>
    /// <param name="years">One region x industry value matrix per year, in the caller's order.</param>
    /// <param name="options">As for one year.</param>
    /// <remarks>py-ecomplexity 0.5.2 loops over the years in the same way: RCA, the dropped rows, the eigenvectors and
    /// the normalisations are per year. Each year's products already use both cores, so years run one after the other.</remarks>
    /// <exception cref="ArgumentException">As for one year; the message names the year's position.</exception>
    public static IReadOnlyList<ComplexityResult> ComputePanel(IReadOnlyList<Matrix> years, ComplexityOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(years);
        var results = new ComplexityResult[years.Count];
        for (var t = 0; t < years.Count; t++)
        {
            try
            {
                results[t] = Compute(years[t], options);
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"Year {t}: {e.Message}", nameof(years), e);
            }
        }

        return results;
    }

    /// <summary>The presence matrix M = [RCA &gt;= <paramref name="threshold"/>] of a value matrix.</summary>
    /// <remarks>Balassa (1965) RCA, cut as EconGeo <c>rca(mat, binary = TRUE)</c> and py-ecomplexity <c>mcp</c> cut it
    /// (<c>&gt;=</c>). A region or industry with a zero total gets 0 (EconGeo).</remarks>
    /// <exception cref="ArgumentException">A value is negative or not finite.</exception>
    public static Matrix Presence(Matrix values, double threshold = 1)
    {
        var active = ActiveSubset.Of(values);
        var presence = RevealedComparativeAdvantage.Presence(RevealedComparativeAdvantage.Compute(active.Compact(values)), threshold);
        var full = active.Expand(presence);
        for (var i = 0; i < full.Rows; i++)
        {
            var row = full.RowSpan(i);
            for (var c = 0; c < row.Length; c++)
            {
                row[c] = double.IsNaN(row[c]) ? 0 : row[c];
            }
        }

        return full;
    }

    internal static ComplexityResult Compute(Matrix values, ComplexityOptions options, bool managed)
    {
        ArgumentNullException.ThrowIfNull(options);
        var active = ActiveSubset.Of(values);
        var rca = RevealedComparativeAdvantage.Compute(active.Compact(values));
        var m = RevealedComparativeAdvantage.Presence(rca, options.Threshold);
        var diversity = m.RowSums();
        var ubiquity = m.ColumnSums();
        RequirePresence(diversity, active.Rows, "region", "row", options.Threshold);
        RequirePresence(ubiquity, active.Columns, "industry", "column", options.Threshold);

        var counts = CoOccurrenceCounts.Compute(m);
        NetworkConnectivity.Require(counts, active.Columns);
        var (kc, kp, lambda2) = ComplexityEigenvector.Compute(m, diversity, ubiquity, managed);

        var proximity = options.Proximity == ProximityMeasure.Continuous
            ? ProductSpace.ContinuousProximity(rca, managed)
            : ProductSpace.FromCounts(counts, options.Proximity);
        var weights = options.Proximity == ProximityMeasure.Continuous ? rca : m;
        var density = ProductSpace.Density(weights, proximity, options.DensitySelf, managed);
        var coi = ComplexityOutlook.Index(m, density, kp);
        var cog = ComplexityOutlook.Gain(m, proximity, kp, options.DensitySelf, managed);

        var (mean, sd) = (TensorPrimitives.Average(kc), Moments.PopulationSd(kc));
        var (eci, pci) = options.Convention == ComplexityConvention.EconGeo
            ? KnowledgeComplexity.Compute(m, diversity, ubiquity, lambda2)
            : (Moments.ZScore(kc, mean, sd), Moments.ZScore(kp, mean, sd));
        var coiZ = Moments.ZScore(coi, TensorPrimitives.Average(coi), Moments.PopulationSd(coi));
        ScaleInPlace(cog, 1 / sd);

        return new ComplexityResult(
            active.Expand(rca), active.Expand(m), active.ExpandRegions(diversity), active.ExpandIndustries(ubiquity),
            active.ExpandRegions(eci), active.ExpandIndustries(pci), active.ExpandIndustries(proximity),
            active.Expand(density), active.ExpandRegions(coiZ), active.Expand(cog), lambda2, options);
    }

    private static void ScaleInPlace(Matrix m, double factor)
    {
        for (var r = 0; r < m.Rows; r++)
        {
            var row = m.RowSpan(r);
            TensorPrimitives.Multiply(row, factor, row);
        }
    }

    private static void RequirePresence(double[] counts, int[] map, string what, string axis, double threshold)
    {
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] == 0)
            {
                throw new ArgumentException($"The {what} at {axis} {map[i]} has no RCA at or above the threshold {threshold}; its {(what == "region" ? "diversity" : "ubiquity")} is 0 and the complexity indices are undefined. Lower the threshold or leave it out.");
            }
        }
    }
}
