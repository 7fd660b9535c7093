namespace ClusterScope.Analytics.Tests;

public class MatrixTests
{
    [Fact]
    public void Row_and_column_sums_add_up_to_the_same_total()
    {
        // [[1, 2], [3, 4]]: rows 3 and 7, columns 4 and 6, total 10
        var m = Matrix.From([[1, 2], [3, 4]]);
        Assert.Equal([3.0, 7.0], m.RowSums());
        Assert.Equal([4.0, 6.0], m.ColumnSums());
        Assert.Equal(m.Transpose()[1, 0], m[0, 1]);
    }

    [Fact]
    public void Ragged_rows_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => Matrix.From([[1, 2], [3]]));
        Assert.Contains("Row 1", error.Message, StringComparison.Ordinal);
    }
}
