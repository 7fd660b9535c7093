using ClusterScope.Analytics.Specialisation;

namespace ClusterScope.Analytics.Tests.Specialisation;

public partial class LocationQuotientTests
{
    // Rows 40 and 60, columns 40 and 60, total 100.
    private static readonly Matrix TwoByTwo = Matrix.From([[10, 30], [30, 30]]);

    [Fact]
    public void Location_quotient_of_the_worked_example_is_checked_by_hand()
    {
        // (10/40)/(40/100) = .625; (30/40)/(60/100) = 1.25; (30/60)/.4 = 1.25; (30/60)/.6 = 5/6
        var lq = LocationQuotient.Compute(TwoByTwo);
        AnalyticsAssert.Close(Matrix.From([[0.625, 1.25], [1.25, 5.0 / 6]]), lq);
        AnalyticsAssert.Close(Matrix.From([[0, 1], [1, 0]]), LocationQuotient.Binary(lq));
    }

    [Fact]
    public void A_national_reference_replaces_the_matrix_total()
    {
        // Nation: 100 in each industry, 200 in all; (10/40)/(100/200) = .5, (30/40)/.5 = 1.5
        var lq = LocationQuotient.Compute(TwoByTwo, [100, 100]);
        AnalyticsAssert.Close([0.5, 1.5], lq.Row(0));
    }

    [Fact]
    public void Binary_keeps_a_quotient_of_exactly_the_threshold_and_NaN()
    {
        var binary = LocationQuotient.Binary(Matrix.From([[1.0, 0.999999, double.NaN, 1.5]]), threshold: 1);
        AnalyticsAssert.Close([1.0, 0, double.NaN, 1], binary.Row(0));
    }

    [Fact]
    public void Additive_quotient_of_the_worked_example_is_checked_by_hand()
    {
        // Region 0: 10/40 - 40/100 = -.15 and 30/60 - .4 = .1
        AnalyticsAssert.Close([-0.15, 0.1], LocationQuotient.Additive(TwoByTwo).Row(0));
    }

    [Fact]
    public void Standardised_quotient_is_the_z_score_of_each_industry_across_regions()
    {
        // Rows 4, 2, 4; columns 5, 5; LQ of industry 0: .5, 1, 1.5; mean 1, sample sd sqrt(.5/2) = .5
        var slq = LocationQuotient.Standardised(Matrix.From([[1, 3], [1, 1], [3, 1]]));
        AnalyticsAssert.Close([-1.0, 0, 1], slq.Column(0));
    }

    [Fact]
    public void NaN_totals_give_NaN_in_the_empty_row_and_column()
    {
        var lq = LocationQuotient.Compute(Matrix.From([[1, 0], [0, 0]]), ZeroTotals.NaN);
        AnalyticsAssert.Close([1.0, double.NaN], lq.Row(0));
        AnalyticsAssert.Close([double.NaN, double.NaN], lq.Row(1));
    }

    [Fact]
    public void A_negative_value_is_refused_with_its_row_and_column()
    {
        var error = Assert.Throws<ArgumentException>(() => LocationQuotient.Compute(Matrix.From([[1, 2], [-3, 4]])));
        Assert.Contains("row 1, column 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_without_an_industry_the_matrix_has_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => LocationQuotient.Compute(TwoByTwo, [0, 100]));
        Assert.Contains("industry 0", error.Message, StringComparison.Ordinal);
    }
}
