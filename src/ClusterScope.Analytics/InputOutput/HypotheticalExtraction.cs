namespace ClusterScope.Analytics.InputOutput;

/// <summary>The output the economy loses when a sector is hypothetically removed, in whole or in part.</summary>
/// <remarks>Strassert (1968); Schultz (1977); Dietzenbacher and van der Linden (1997), "Sectoral and spatial linkages in
/// the EC production structure", <i>Journal of Regional Science</i> 37; Miller and Blair (2009), section 12.2.5. The loss
/// is i'x - i'x̄ and includes the extracted sector's own output where it is removed.</remarks>
public static class HypotheticalExtraction
{
    /// <summary>Total extraction: the sector's row and column of A and its final demand are removed.</summary>
    /// <remarks>Miller and Blair (2009), eq. 12.29: x̄ = (I - Ā)^-1 ȳ on the n - 1 remaining sectors, with x̄_j = 0.</remarks>
    public static ExtractionResult Total(Matrix a, ReadOnlySpan<double> finalDemand, int sector)
    {
        var reduced = Without(a, sector, row: true, column: true);
        var y = finalDemand.ToArray();
        y[sector] = 0;
        return Result(a, finalDemand, Leontief.Output(reduced, y));
    }

    /// <summary>Backward extraction: sector j buys no intermediate inputs (column j of A set to 0), final demand unchanged.</summary>
    /// <remarks>Dietzenbacher and van der Linden (1997), backward linkage; Miller and Blair (2009), eq. 12.31.</remarks>
    public static ExtractionResult Backward(Matrix a, ReadOnlySpan<double> finalDemand, int sector) =>
        Result(a, finalDemand, Leontief.Output(Without(a, sector, row: false, column: true), finalDemand));

    /// <summary>Forward extraction: sector i sells no intermediate output (row i of B set to 0), primary inputs unchanged.</summary>
    /// <remarks>Dietzenbacher and van der Linden (1997), forward linkage through the Ghosh model; Miller and Blair
    /// (2009), eq. 12.33: x̄' = v'(I - B̄)^-1.</remarks>
    public static ExtractionResult Forward(Matrix b, ReadOnlySpan<double> primaryInputs, int sector)
    {
        var before = Ghosh.Output(b, primaryInputs);
        var after = Ghosh.Output(Without(b, sector, row: true, column: false), primaryInputs);
        return new ExtractionResult(before, after, before.Sum() - after.Sum());
    }

    private static ExtractionResult Result(Matrix a, ReadOnlySpan<double> finalDemand, double[] after)
    {
        var before = Leontief.Output(a, finalDemand);
        return new ExtractionResult(before, after, before.Sum() - after.Sum());
    }

    private static Matrix Without(Matrix m, int sector, bool row, bool column)
    {
        ArgumentNullException.ThrowIfNull(m);
        ArgumentOutOfRangeException.ThrowIfNegative(sector);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(sector, m.Rows);
        var result = m.Clone();
        for (var k = 0; k < m.Rows; k++)
        {
            if (row)
            {
                result[sector, k] = 0;
            }

            if (column)
            {
                result[k, sector] = 0;
            }
        }

        return result;
    }
}
