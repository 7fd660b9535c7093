using System.Numerics.Tensors;

namespace ClusterScope.Analytics.Specialisation;

/// <summary>Location quotients (revealed comparative advantage) of a region x industry matrix, and their binary,
/// additive and standardised forms.</summary>
public static partial class LocationQuotient
{
    /// <summary>Above this many cells the rows are computed in parallel.</summary>
    internal const int ParallelCellThreshold = 1 << 18;

    /// <summary>LQ_ri = (x_ri / x_r.) / (x_.i / x_..), every region against the matrix total.</summary>
    /// <param name="values">Regions in rows, industries in columns; finite and non-negative.</param>
    /// <param name="zeroTotals">What a zero-total region or industry gives (default <see cref="ZeroTotals.Zero"/>, EconGeo).</param>
    /// <param name="rounding"><see cref="Rounding.EconGeo"/> rounds to 2 decimals as EconGeo's <c>rca</c> does.</param>
    /// <remarks>Balassa (1965), <i>The Manchester School</i> 33: the Hoover-Balassa index. Default: EconGeo 2.1
    /// <c>location_quotient(mat)</c>, unrounded, 0/0 set to 0. <see cref="ZeroTotals.NaN"/> reproduces REAT 3.0.3
    /// <c>locq2</c> and <see cref="ZeroTotals.Drop"/> py-ecomplexity 0.5.2 <c>ecomplexity()</c> <c>rca</c>: both give NaN in a
    /// zero-total row or column (py-ecomplexity drops them first, which leaves the other totals unchanged, so the
    /// two agree here). The three peers agree to 1.3e-15 elsewhere. Rows are computed with SIMD and in parallel
    /// for large matrices. An empty matrix gives an empty result.</remarks>
    /// <exception cref="ArgumentException">A value is negative, NaN or infinite (the message names its row and column).</exception>
    public static Matrix Compute(Matrix values, ZeroTotals zeroTotals = ZeroTotals.Zero, Rounding rounding = Rounding.None)
    {
        NonNegativeValues.Require(values, nameof(values));
        var columnTotals = values.ColumnSums();
        return Kernel(values, values.RowSums(), columnTotals, TensorPrimitives.Sum<double>(columnTotals), zeroTotals, rounding);
    }

    /// <summary>LQ_ri = (x_ri / x_r.) / (X_i / X), against a reference economy given by its industry totals X_i.</summary>
    /// <param name="values">Regions in rows, industries in columns; finite and non-negative.</param>
    /// <param name="referenceTotals">The reference economy's total of each industry (e.g. the nation, when the matrix holds one province).</param>
    /// <param name="zeroTotals">What a zero-total region or reference industry gives.</param>
    /// <param name="rounding"><see cref="Rounding.EconGeo"/> rounds to 2 decimals.</param>
    /// <remarks>Same definition as <see cref="Compute(Matrix, ZeroTotals, Rounding)"/> (Balassa 1965) with the reference
    /// total as a parameter: a province and a nation give different quotients, so reports name the reference.
    /// A reference industry with zero total is treated as a zero-total column.</remarks>
    /// <exception cref="ArgumentException">A value is negative or not finite; the reference has the wrong length;
    /// or a reference industry is zero while the matrix has activity in it.</exception>
    public static Matrix Compute(Matrix values, ReadOnlySpan<double> referenceTotals,
        ZeroTotals zeroTotals = ZeroTotals.Zero, Rounding rounding = Rounding.None)
    {
        NonNegativeValues.Require(values, nameof(values));
        NonNegativeValues.Require(referenceTotals, nameof(referenceTotals));
        NonNegativeValues.RequireLength(referenceTotals, values.Columns, "The reference", nameof(referenceTotals));
        var columnTotals = values.ColumnSums();
        for (var c = 0; c < columnTotals.Length; c++)
        {
            if (referenceTotals[c] == 0 && columnTotals[c] > 0)
            {
                throw new ArgumentException($"Reference industry {c} is zero but the matrix has activity in it.", nameof(referenceTotals));
            }
        }

        return Kernel(values, values.RowSums(), referenceTotals.ToArray(), TensorPrimitives.Sum(referenceTotals), zeroTotals, rounding);
    }

    /// <summary>1 where the quotient is at least <paramref name="threshold"/>, else 0; NaN stays NaN.</summary>
    /// <param name="locationQuotients">Quotients from <see cref="Compute(Matrix, ZeroTotals, Rounding)"/>, unrounded.</param>
    /// <param name="threshold">The cut (default 1).</param>
    /// <remarks>EconGeo 2.1 <c>location_quotient(mat, binary = TRUE)</c> and <c>rca(mat, binary = TRUE)</c> (binarised
    /// before rounding), py-ecomplexity 0.5.2 <c>mcp</c> with <c>rca_mcp_threshold</c>: all cut at <c>&gt;= threshold</c>.
    /// Binarise unrounded quotients: rounding first would move values such as 0.996 across the cut.</remarks>
    /// <exception cref="ArgumentException">The threshold is not finite.</exception>
    public static Matrix Binary(Matrix locationQuotients, double threshold = 1)
    {
        ArgumentNullException.ThrowIfNull(locationQuotients);
        if (!double.IsFinite(threshold))
        {
            throw new ArgumentException($"The threshold must be finite, got {threshold}.", nameof(threshold));
        }

        var result = new Matrix(locationQuotients.Rows, locationQuotients.Columns);
        for (var r = 0; r < result.Rows; r++)
        {
            var source = locationQuotients.Row(r);
            var target = result.RowSpan(r);
            for (var c = 0; c < source.Length; c++)
            {
                target[c] = double.IsNaN(source[c]) ? double.NaN : source[c] >= threshold ? 1 : 0;
            }
        }

        return result;
    }

    internal static Matrix Kernel(Matrix values, double[] rowTotals, double[] columnTotals, double total,
        ZeroTotals zeroTotals, Rounding rounding)
    {
        var empty = zeroTotals == ZeroTotals.Zero ? 0 : double.NaN;
        var columnFactors = new double[columnTotals.Length];
        for (var c = 0; c < columnFactors.Length; c++)
        {
            columnFactors[c] = columnTotals[c] > 0 ? total / columnTotals[c] : empty;
        }

        var result = new Matrix(values.Rows, values.Columns);
        void ComputeRow(int r)
        {
            var target = result.RowSpan(r);
            if (rowTotals[r] > 0)
            {
                TensorPrimitives.Multiply(values.Row(r), columnFactors, target);
                TensorPrimitives.Multiply(target, 1 / rowTotals[r], target);
            }
            else
            {
                target.Fill(empty);
            }

            if (rounding == Rounding.EconGeo)
            {
                RoundInPlace(target, 2);
            }
        }

        if ((long)values.Rows * values.Columns >= ParallelCellThreshold)
        {
            Parallel.For(0, values.Rows, ComputeRow);
        }
        else
        {
            for (var r = 0; r < values.Rows; r++)
            {
                ComputeRow(r);
            }
        }

        return result;
    }

    internal static void RoundInPlace(Span<double> values, int digits)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = RRound.Round(values[i], digits);
        }
    }
}
