using ClusterScope.Analytics.Forensics;

namespace ClusterScope.Analytics.Tests.Forensics;

public class BenfordTests
{
    [Theory]
    [InlineData(1000, 1)]
    [InlineData(0.001, 1)]
    [InlineData(0.3, 3)]
    [InlineData(0.0472, 4)]
    [InlineData(1e-5, 1)]
    [InlineData(9.99e300, 9)]
    [InlineData(99999.99, 9)]
    [InlineData(7, 7)]
    [InlineData(0, 0)]
    [InlineData(-5, 0)]
    [InlineData(double.NaN, 0)]
    [InlineData(double.PositiveInfinity, 0)]
    public void First_digit_is_the_leftmost_non_zero_digit_of_a_positive_figure(double value, int digit) =>
        Assert.Equal(digit, Benford.FirstDigit(value));

    [Fact]
    public void Expected_proportions_are_log10_of_1_plus_1_over_d_and_sum_to_one()
    {
        Assert.Equal(0.30103, Benford.ExpectedProportion(1), 5);
        Assert.Equal(0.17609, Benford.ExpectedProportion(2), 5);
        Assert.Equal(0.04576, Benford.ExpectedProportion(9), 5);
        // Σ log10((d + 1) / d) telescopes to log10(10 / 1) = 1.
        AnalyticsAssert.Close(1, Enumerable.Range(1, 9).Sum(Benford.ExpectedProportion), rtol: 1e-14);
        Assert.Throws<ArgumentOutOfRangeException>(() => Benford.ExpectedProportion(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Benford.ExpectedProportion(10));
    }

    [Fact]
    public void Twenty_figures_give_the_hand_computed_statistics()
    {
        // Counts by first digit 6, 4, 3, 2, 1, 1, 1, 1, 1 (N = 20); 0, -3, NaN and ∞ have no first digit.
        // E_d = 20 log10(1 + 1/d) = 6.0206, 3.5218, 2.4988, 1.9382, 1.5836, 1.3389, 1.1598, 1.0231, 0.9151.
        // (O - E)² / E = 0.0001 + 0.0649 + 0.1005 + 0.0020 + 0.2151 + 0.0858 + 0.0220 + 0.0005 + 0.0079 = 0.4988.
        // |O/N - p| = 0.00103 + 0.02391 + 0.02506 + 0.00309 + 0.02918 + 0.01695 + 0.00799 + 0.00115 + 0.00424
        //           = 0.11260; MAD = 0.11260 / 9 = 0.01251 (marginally acceptable: 0.012 < MAD ≤ 0.015).
        // p = e^(-0.2494) (1 + 0.2494 + 0.2494² / 2 + 0.2494³ / 6) = 0.99987 (8 degrees of freedom).
        double[] figures =
        [
            1.5, 12, 130, 0.17, 1999, 1, 2, 25.5, 280, 0.02, 3.3, 31, 399, 4, 45000, 5.9, 0.6, 70, 8.25, 912,
            0, -3, double.NaN, double.PositiveInfinity,
        ];
        var result = Benford.Test(figures);
        Assert.Equal(20, result.N);
        Assert.Equal([6, 4, 3, 2, 1, 1, 1, 1, 1], result.Counts);
        Assert.Equal(0.4988, result.ChiSquare, 4);
        Assert.Equal(0.01251, result.Mad, 5);
        Assert.Equal(0.99987, result.PValue, 5);
        Assert.Equal(BenfordConformity.MarginallyAcceptable, result.Conformity);
    }

    [Fact]
    public void Equal_digit_shares_are_nonconforming_by_the_hand_computed_MAD()
    {
        // Every digit 1/9 = 0.11111: |0.11111 - p_d| = 0.18992, 0.06498, 0.01383, 0.01420, 0.03193, 0.04416, 0.05312,
        // 0.05996, 0.06535; sum 0.53745, MAD = 0.059717.
        var result = Benford.Test([100, 100, 100, 100, 100, 100, 100, 100, 100]);
        Assert.Equal(0.059717, result.Mad, 6);
        Assert.Equal(BenfordConformity.Nonconformity, result.Conformity);
        Assert.True(result.PValue < 1e-12);
    }

    [Fact]
    public void Counts_in_Benford_proportions_give_MAD_and_chi_square_near_zero()
    {
        // Counts can only round N p_d: |O/N - p| ≤ 0.5 / N per digit and (O - E)² / E ≤ 0.25 / (N p_d).
        const int n = 1_000_000;
        var counts = Enumerable.Range(1, 9).Select(d => (int)Math.Round(n * Benford.ExpectedProportion(d))).ToArray();
        var result = Benford.Test(counts);
        Assert.True(result.Mad <= 0.5 / result.N + 1e-15, $"MAD {result.Mad}");
        Assert.True(result.ChiSquare <= Enumerable.Range(1, 9).Sum(d => 0.25 / (result.N * Benford.ExpectedProportion(d))), $"χ² {result.ChiSquare}");
        Assert.True(result.PValue > 0.999999);
        Assert.Equal(BenfordConformity.Close, result.Conformity);
    }

    [Fact]
    public void Powers_of_two_conform_closely_and_keep_conforming_when_scaled()
    {
        // 2^k is a Benford sequence (log10 2 is irrational, so k log10 2 is equidistributed mod 1); so is c · 2^k.
        var powers = Enumerable.Range(0, 1000).Select(k => Math.Pow(2, k)).ToArray();
        foreach (var scale in new[] { 1, 3.7, 0.01, 12345.0 })
        {
            var result = Benford.Test(powers.Select(v => v * scale).ToArray());
            Assert.Equal(1000, result.N);
            Assert.Equal(BenfordConformity.Close, result.Conformity);
        }
    }

    [Fact]
    public void Chi_square_grows_with_N_at_fixed_shares_while_MAD_does_not()
    {
        int[] counts = [6, 4, 3, 2, 1, 1, 1, 1, 1];
        var once = Benford.Test(counts);
        var tenfold = Benford.Test(counts.Select(c => 10 * c).ToArray());
        AnalyticsAssert.Close(10 * once.ChiSquare, tenfold.ChiSquare);
        AnalyticsAssert.Close(once.Mad, tenfold.Mad);
        Assert.True(tenfold.PValue < once.PValue);
    }

    [Fact]
    public void Order_of_the_figures_does_not_matter()
    {
        var random = new Random(20261123);
        var figures = Enumerable.Range(0, 300).Select(_ => Math.Exp(random.NextDouble() * 10)).ToArray();
        var shuffled = figures.OrderBy(_ => random.Next()).ToArray();
        Assert.Equal(Benford.Test(figures), Benford.Test(shuffled), new ResultComparer());
    }

    [Theory]
    [InlineData(0, BenfordConformity.Close)]
    [InlineData(0.006, BenfordConformity.Close)]
    [InlineData(0.0060001, BenfordConformity.Acceptable)]
    [InlineData(0.012, BenfordConformity.Acceptable)]
    [InlineData(0.0120001, BenfordConformity.MarginallyAcceptable)]
    [InlineData(0.015, BenfordConformity.MarginallyAcceptable)]
    [InlineData(0.0150001, BenfordConformity.Nonconformity)]
    public void Conformity_bands_are_Nigrini_first_digit_ranges(double mad, BenfordConformity band) =>
        Assert.Equal(band, Benford.Conformity(mad));

    [Fact]
    public void No_figures_give_NaN_statistics_and_no_band_and_bad_counts_are_refused()
    {
        var result = Benford.Test(new double[] { 0, -1 });
        Assert.Equal(0, result.N);
        Assert.True(double.IsNaN(result.ChiSquare) && double.IsNaN(result.PValue) && double.IsNaN(result.Mad));
        Assert.Null(result.Conformity);
        Assert.Throws<ArgumentException>(() => Benford.Test(new int[] { 1, 2, 3 }));
        Assert.Throws<ArgumentException>(() => Benford.Test(new int[] { 1, 2, 3, 4, 5, 6, 7, 8, -9 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Benford.Conformity(double.NaN));
    }

    private sealed class ResultComparer : IEqualityComparer<BenfordResult>
    {
        public bool Equals(BenfordResult? x, BenfordResult? y) =>
            x!.N == y!.N && x.Counts.SequenceEqual(y.Counts) && x.ChiSquare.Equals(y.ChiSquare) && x.Mad.Equals(y.Mad);

        public int GetHashCode(BenfordResult obj) => obj.N;
    }
}
