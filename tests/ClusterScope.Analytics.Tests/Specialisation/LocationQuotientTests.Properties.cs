using ClusterScope.Analytics.Specialisation;

namespace ClusterScope.Analytics.Tests.Specialisation;

public partial class LocationQuotientTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Share_weighted_mean_of_each_industry_quotient_is_1(int seed)
    {
        // sum_r (x_r. / x..) LQ_ri = sum_r x_ri / x_.i = 1
        var x = AnalyticsAssert.RandomMatrix(30, 12, seed);
        var lq = LocationQuotient.Compute(x);
        var rowTotals = x.RowSums();
        var total = rowTotals.Sum();
        for (var c = 0; c < x.Columns; c++)
        {
            var mean = Enumerable.Range(0, x.Rows).Sum(r => rowTotals[r] / total * lq[r, c]);
            AnalyticsAssert.Close(1, mean, what: $"industry {c}");
        }
    }

    [Fact]
    public void Quotients_do_not_change_when_every_value_is_scaled()
    {
        var x = AnalyticsAssert.RandomMatrix(25, 9, seed: 4);
        var scaled = x.Clone();
        for (var r = 0; r < x.Rows; r++)
        {
            System.Numerics.Tensors.TensorPrimitives.Multiply(x.Row(r), 7.3, scaled.RowSpan(r));
        }

        AnalyticsAssert.Close(LocationQuotient.Compute(x), LocationQuotient.Compute(scaled));
    }

    [Fact]
    public void Permuting_regions_permutes_their_quotients() =>
        AnalyticsAssert.RowPermutationInvariant(AnalyticsAssert.RandomMatrix(20, 8, seed: 5),
            m => LocationQuotient.Compute(m).Column(3));

    [Fact]
    public void Large_matrices_computed_in_parallel_equal_the_formula_cell_by_cell()
    {
        var x = AnalyticsAssert.RandomMatrix(600, 500, seed: 6);
        Assert.True(x.Rows * x.Columns >= LocationQuotient.ParallelCellThreshold);
        var lq = LocationQuotient.Compute(x);
        var (rowTotals, columnTotals) = (x.RowSums(), x.ColumnSums());
        var total = rowTotals.Sum();
        for (var r = 0; r < x.Rows; r += 37)
        {
            for (var c = 0; c < x.Columns; c++)
            {
                var expected = rowTotals[r] > 0 ? x[r, c] / rowTotals[r] / (columnTotals[c] / total) : 0;
                AnalyticsAssert.Close(expected, lq[r, c], what: $"[{r},{c}]");
            }
        }
    }
}
