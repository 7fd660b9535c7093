namespace ClusterScope.Analytics;

/// <summary>A dense matrix of doubles stored row-major: rows are regions (or units), columns industries (or indicators).</summary>
/// <remarks>Row-major so that a region's row is one contiguous span, which the SIMD kernels
/// (<see cref="System.Numerics.Tensors.TensorPrimitives"/>) read directly. The matrix is mutable only
/// through <see cref="this[int, int]"/> and <see cref="RowSpan"/>; results returned by the library are fresh copies.</remarks>
public sealed class Matrix
{
    private readonly double[] _values;

    /// <summary>Creates a zero matrix.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A dimension is negative.</exception>
    public Matrix(int rows, int columns)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(columns);
        Rows = rows;
        Columns = columns;
        _values = new double[checked(rows * columns)];
    }

    /// <summary>Wraps an existing row-major array without copying it.</summary>
    /// <exception cref="ArgumentException">The array's length is not <paramref name="rows"/> x <paramref name="columns"/>.</exception>
    public Matrix(int rows, int columns, double[] rowMajor)
    {
        ArgumentNullException.ThrowIfNull(rowMajor);
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(columns);
        if (rowMajor.Length != (long)rows * columns)
        {
            throw new ArgumentException($"Expected {rows} x {columns} = {(long)rows * columns} values, got {rowMajor.Length}.", nameof(rowMajor));
        }

        Rows = rows;
        Columns = columns;
        _values = rowMajor;
    }

    /// <summary>Number of rows (regions, units).</summary>
    public int Rows { get; }

    /// <summary>Number of columns (industries, indicators).</summary>
    public int Columns { get; }

    /// <summary>The element at row <paramref name="row"/>, column <paramref name="column"/>.</summary>
    public double this[int row, int column]
    {
        get => _values[(row * Columns) + column];
        set => _values[(row * Columns) + column] = value;
    }

    /// <summary>Builds a matrix from jagged rows, e.g. <c>Matrix.From([[1, 2], [3, 4]])</c>.</summary>
    /// <remarks>A container, not a measure: the rows are copied in order, row r becoming row r.</remarks>
    /// <exception cref="ArgumentException">The rows differ in length.</exception>
    public static Matrix From(double[][] rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var columns = rows.Length == 0 ? 0 : rows[0].Length;
        var m = new Matrix(rows.Length, columns);
        for (var r = 0; r < rows.Length; r++)
        {
            if (rows[r].Length != columns)
            {
                throw new ArgumentException($"Row {r} has {rows[r].Length} values; row 0 has {columns}.", nameof(rows));
            }

            rows[r].CopyTo(m._values, r * columns);
        }

        return m;
    }

    /// <summary>The row as a read-only span.</summary>
    public ReadOnlySpan<double> Row(int row) => _values.AsSpan(row * Columns, Columns);

    /// <summary>The row as a writable span.</summary>
    public Span<double> RowSpan(int row) => _values.AsSpan(row * Columns, Columns);

    /// <summary>All values, row-major.</summary>
    public ReadOnlySpan<double> AsSpan() => _values;

    // For kernels that overwrite a matrix the library itself just created (in-place LAPACK factorisation and inverse).
    internal double[] Storage => _values;

    /// <summary>A copy of the column.</summary>
    public double[] Column(int column)
    {
        var result = new double[Rows];
        for (var r = 0; r < Rows; r++)
        {
            result[r] = _values[(r * Columns) + column];
        }

        return result;
    }

    /// <summary>A deep copy.</summary>
    public Matrix Clone() => new(Rows, Columns, (double[])_values.Clone());

    /// <summary>The transpose as a new matrix.</summary>
    public Matrix Transpose()
    {
        var t = new Matrix(Columns, Rows);
        for (var r = 0; r < Rows; r++)
        {
            for (var c = 0; c < Columns; c++)
            {
                t._values[(c * Rows) + r] = _values[(r * Columns) + c];
            }
        }

        return t;
    }

    /// <summary>Row sums (a region's total).</summary>
    public double[] RowSums()
    {
        var sums = new double[Rows];
        for (var r = 0; r < Rows; r++)
        {
            sums[r] = System.Numerics.Tensors.TensorPrimitives.Sum(Row(r));
        }

        return sums;
    }

    /// <summary>Column sums (an industry's total).</summary>
    public double[] ColumnSums()
    {
        var sums = new double[Columns];
        for (var r = 0; r < Rows; r++)
        {
            System.Numerics.Tensors.TensorPrimitives.Add(sums, Row(r), sums);
        }

        return sums;
    }
}
