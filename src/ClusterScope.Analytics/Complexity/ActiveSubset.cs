namespace ClusterScope.Analytics.Complexity;

/// <summary>The regions and industries with a non-zero total, and the mapping between the full matrix and that compact one.</summary>
/// <remarks>py-ecomplexity 0.5.2 <c>ComplexityData.create_full_df</c> drops zero-total locations and products before
/// anything is computed; results for them are NaN.</remarks>
internal sealed class ActiveSubset
{
    private ActiveSubset(int fullRows, int fullColumns, int[] rows, int[] columns)
    {
        FullRows = fullRows;
        FullColumns = fullColumns;
        Rows = rows;
        Columns = columns;
    }

    public int FullRows { get; }

    public int FullColumns { get; }

    public int[] Rows { get; }

    public int[] Columns { get; }

    public bool IsFull => Rows.Length == FullRows && Columns.Length == FullColumns;

    /// <summary>Checks the values (finite, non-negative) and finds the non-zero rows and columns.</summary>
    /// <exception cref="ArgumentException">A value is NaN, infinite or negative, or fewer than two regions or industries are active.</exception>
    public static ActiveSubset Of(Matrix values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var rowTotals = new double[values.Rows];
        for (var r = 0; r < values.Rows; r++)
        {
            var row = values.Row(r);
            rowTotals[r] = System.Numerics.Tensors.TensorPrimitives.Sum(row);
            if (row.Length > 0 && !(System.Numerics.Tensors.TensorPrimitives.Min(row) >= 0 && double.IsFinite(rowTotals[r])))
            {
                ThrowInvalid(row, r);
            }
        }

        var columnTotals = values.ColumnSums();
        var rows = Enumerable.Range(0, values.Rows).Where(r => rowTotals[r] > 0).ToArray();
        var columns = Enumerable.Range(0, values.Columns).Where(c => columnTotals[c] > 0).ToArray();
        if (rows.Length < 2 || columns.Length < 2)
        {
            throw new ArgumentException($"Complexity needs at least two regions and two industries with a non-zero total; got {rows.Length} and {columns.Length}.", nameof(values));
        }

        return new ActiveSubset(values.Rows, values.Columns, rows, columns);
    }

    private static void ThrowInvalid(ReadOnlySpan<double> row, int r)
    {
        for (var c = 0; c < row.Length; c++)
        {
            if (!double.IsFinite(row[c]) || row[c] < 0)
            {
                throw new ArgumentException($"The value at region (row) {r}, industry (column) {c} is {row[c]}; values must be finite and non-negative.", nameof(row));
            }
        }

        throw new ArgumentException($"The values of region (row) {r} add up to infinity.", nameof(row));
    }

    public Matrix Compact(Matrix full)
    {
        if (IsFull)
        {
            return full;
        }

        var m = new Matrix(Rows.Length, Columns.Length);
        for (var r = 0; r < Rows.Length; r++)
        {
            var source = full.Row(Rows[r]);
            var target = m.RowSpan(r);
            for (var c = 0; c < Columns.Length; c++)
            {
                target[c] = source[Columns[c]];
            }
        }

        return m;
    }

    public Matrix Expand(Matrix compact) => Expand(compact, Rows, FullRows, Columns, FullColumns);

    public Matrix ExpandIndustries(Matrix compact) => Expand(compact, Columns, FullColumns, Columns, FullColumns);

    public double[] ExpandRegions(double[] compact) => Expand(compact, Rows, FullRows);

    public double[] ExpandIndustries(double[] compact) => Expand(compact, Columns, FullColumns);

    private static double[] Expand(double[] compact, int[] map, int size)
    {
        if (map.Length == size)
        {
            return compact;
        }

        var full = new double[size];
        Array.Fill(full, double.NaN);
        for (var i = 0; i < map.Length; i++)
        {
            full[map[i]] = compact[i];
        }

        return full;
    }

    private static Matrix Expand(Matrix compact, int[] rows, int fullRows, int[] columns, int fullColumns)
    {
        if (rows.Length == fullRows && columns.Length == fullColumns)
        {
            return compact;
        }

        var values = new double[fullRows * fullColumns];
        Array.Fill(values, double.NaN);
        var full = new Matrix(fullRows, fullColumns, values);
        for (var r = 0; r < rows.Length; r++)
        {
            var source = compact.Row(r);
            var target = full.RowSpan(rows[r]);
            for (var c = 0; c < columns.Length; c++)
            {
                target[columns[c]] = source[c];
            }
        }

        return full;
    }
}
