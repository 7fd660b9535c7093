using ClusterScope.Analytics.Specialisation;

namespace ClusterScope.Analytics.Tests.Specialisation;

public partial class RegionalSpecialisationTests
{
    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void Measures_stay_within_their_bounds(int seed)
    {
        var x = AnalyticsAssert.RandomMatrix(40, 15, seed);
        var n = x.Columns;
        var (h, e, k) = (RegionalSpecialisation.Herfindahl(x), RegionalSpecialisation.Entropy(x), RegionalSpecialisation.Krugman(x));
        var (hachman, lqGini) = (RegionalSpecialisation.Hachman(x), RegionalSpecialisation.LocationQuotientGini(x));
        for (var r = 0; r < x.Rows; r++)
        {
            Assert.InRange(h[r], (1.0 / n) - 1e-15, 1);
            Assert.InRange(e[r], 0, Math.Log2(n) + 1e-12);
            Assert.InRange(k[r], 0, 2);
            Assert.InRange(hachman[r], 0, 1 + 1e-12);
            Assert.InRange(lqGini[r], 0, 1);
        }
    }

    [Fact]
    public void Per_region_measures_follow_their_region_when_regions_are_permuted()
    {
        var x = AnalyticsAssert.RandomMatrix(20, 10, seed: 13);
        AnalyticsAssert.RowPermutationInvariant(x, m => RegionalSpecialisation.Herfindahl(m));
        AnalyticsAssert.RowPermutationInvariant(x, m => RegionalSpecialisation.Entropy(m));
        AnalyticsAssert.RowPermutationInvariant(x, RegionalSpecialisation.Hachman);
        AnalyticsAssert.RowPermutationInvariant(x, RegionalSpecialisation.LocationQuotientGini);
        foreach (var reference in Enum.GetValues<KrugmanReference>())
        {
            AnalyticsAssert.RowPermutationInvariant(x, m => RegionalSpecialisation.Krugman(m, reference));
        }
    }

    [Fact]
    public void Variety_adds_up_to_entropy_and_degenerates_with_one_group_or_one_industry_per_group()
    {
        var x = AnalyticsAssert.RandomMatrix(15, 12, seed: 14);
        var groups = Enumerable.Range(0, 12).Select(i => $"G{i / 4}").ToArray();
        var entropy = RegionalSpecialisation.Entropy(x);
        var variety = RegionalSpecialisation.Variety(x, groups);
        var oneGroup = RegionalSpecialisation.Variety(x, Enumerable.Repeat("all", 12).ToArray());
        var ownGroup = RegionalSpecialisation.Variety(x, Enumerable.Range(0, 12).Select(i => $"I{i}").ToArray());
        for (var r = 0; r < x.Rows; r++)
        {
            AnalyticsAssert.Close(entropy[r], variety[r].Unrelated + variety[r].Related);
            AnalyticsAssert.Close(entropy[r], oneGroup[r].Related);
            AnalyticsAssert.Close(0, oneGroup[r].Unrelated);
            AnalyticsAssert.Close(0, ownGroup[r].Related);
        }
    }

    [Fact]
    public void Shares_measures_do_not_change_when_a_region_is_scaled()
    {
        var x = AnalyticsAssert.RandomMatrix(10, 7, seed: 15);
        var scaled = x.Clone();
        System.Numerics.Tensors.TensorPrimitives.Multiply(x.Row(0), 3.5, scaled.RowSpan(0));
        AnalyticsAssert.Close(RegionalSpecialisation.Herfindahl(x)[0], RegionalSpecialisation.Herfindahl(scaled)[0]);
        AnalyticsAssert.Close(RegionalSpecialisation.Entropy(x)[0], RegionalSpecialisation.Entropy(scaled)[0]);
        AnalyticsAssert.Close(RegionalSpecialisation.Krugman(x, KrugmanReference.MeanOfOthers),
            RegionalSpecialisation.Krugman(scaled, KrugmanReference.MeanOfOthers));
    }
}
