namespace ClusterScope.Analytics.Composite;

/// <summary>Units (rows) by indicators or aggregates (columns), with their codes: one stage of a composite index.</summary>
/// <remarks>COINr's data sets (<c>.$Data$Raw</c>, <c>Imputed</c>, <c>Treated</c>, ...). NaN marks a missing value.</remarks>
/// <param name="Units">Unit codes, one per row.</param>
/// <param name="Codes">Indicator or aggregate codes, one per column.</param>
/// <param name="Values">The values, <c>Units.Count</c> x <c>Codes.Count</c>.</param>
public sealed record IndicatorMatrix(IReadOnlyList<string> Units, IReadOnlyList<string> Codes, Matrix Values)
{
    /// <summary>A copy of the column with code <paramref name="code"/>.</summary>
    /// <exception cref="ArgumentException">No column has that code.</exception>
    public double[] Column(string code)
    {
        var index = IndexOf(code);
        return Values.Column(index);
    }

    /// <summary>The column index of <paramref name="code"/>.</summary>
    /// <exception cref="ArgumentException">No column has that code.</exception>
    public int IndexOf(string code)
    {
        for (var i = 0; i < Codes.Count; i++)
        {
            if (string.Equals(Codes[i], code, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentException($"No column '{code}' (has {string.Join(", ", Codes)}).", nameof(code));
    }

    /// <summary>Builds an indicator matrix from columns, e.g. read from a table.</summary>
    /// <remarks>A container, not a measure: column j of the result is <paramref name="columns"/>[j], units in the order given.</remarks>
    /// <exception cref="ArgumentException">A column's length differs from the number of units.</exception>
    public static IndicatorMatrix FromColumns(IReadOnlyList<string> units, IReadOnlyList<string> codes, IReadOnlyList<double[]> columns)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(columns);
        if (codes.Count != columns.Count)
        {
            throw new ArgumentException($"{codes.Count} codes but {columns.Count} columns.", nameof(columns));
        }

        var values = new Matrix(units.Count, codes.Count);
        for (var c = 0; c < codes.Count; c++)
        {
            if (columns[c].Length != units.Count)
            {
                throw new ArgumentException($"Column '{codes[c]}' has {columns[c].Length} values for {units.Count} units.", nameof(columns));
            }

            for (var r = 0; r < units.Count; r++)
            {
                values[r, c] = columns[c][r];
            }
        }

        return new IndicatorMatrix(units, codes, values);
    }
}
