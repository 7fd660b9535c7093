using ClusterScope.Analytics.ShiftShare;

namespace ClusterScope.Analytics.Tests.ShiftShare;

public partial class ShiftShareAnalysisTests
{
    private static (Matrix[] Regional, Matrix National) RandomPanel(int years, int regions, int industries, int seed)
    {
        var regional = Enumerable.Range(0, years).Select(y => AnalyticsAssert.RandomMatrix(regions, industries, seed + y, zeroShare: 0)).ToArray();
        var national = AnalyticsAssert.RandomMatrix(years, industries, seed + 100, zeroShare: 0);
        for (var y = 0; y < years; y++)
        {
            System.Numerics.Tensors.TensorPrimitives.Add(national.RowSpan(y), regional[y].ColumnSums(), national.RowSpan(y));
        }

        return (regional, national);
    }

    [Fact]
    public void Dunn_components_add_up_to_growth_on_random_panels()
    {
        var (regional, national) = RandomPanel(2, 8, 6, seed: 21);
        foreach (var c in ShiftShareAnalysis.Dunn(regional[0], regional[1], national.Row(0), national.Row(1)))
        {
            AnalyticsAssert.Close(c.Growth, c.NationalShare + c.IndustryMix + c.Competitive, rtol: 1e-12, atol: 1e-9);
        }
    }

    [Fact]
    public void Esteban_Marquillas_competitive_and_allocation_add_up_to_Dunn_competitive()
    {
        var (regional, national) = RandomPanel(2, 8, 6, seed: 22);
        var dunn = ShiftShareAnalysis.Dunn(regional[0], regional[1], national.Row(0), national.Row(1));
        var em = ShiftShareAnalysis.EstebanMarquillas(regional[0], regional[1], national.Row(0), national.Row(1));
        for (var r = 0; r < dunn.Length; r++)
        {
            AnalyticsAssert.Close(dunn[r].Competitive, em[r].Competitive + em[r].Allocation, rtol: 1e-12, atol: 1e-9);
        }
    }

    [Fact]
    public void Gerfin_total_is_the_product_of_mix_and_regional_factor_and_chains_over_a_panel()
    {
        var (regional, national) = RandomPanel(5, 6, 4, seed: 23);
        var chained = ShiftShareAnalysis.GerfinDynamic(regional, national, GerfinAggregation.Product).Total;
        var overall = ShiftShareAnalysis.Gerfin(regional[0], regional[4], national.Row(0), national.Row(4));
        for (var r = 0; r < overall.Length; r++)
        {
            AnalyticsAssert.Close(overall[r].Total, overall[r].IndustryMix * overall[r].RegionalFactor);
            AnalyticsAssert.Close(overall[r].Total, chained[r].Total);
        }
    }

    [Fact]
    public void Default_per_industry_components_add_up_to_the_region_components()
    {
        var (regional, national) = RandomPanel(4, 5, 7, seed: 24);
        var totals = ShiftShareAnalysis.DunnDynamic(regional, national).Total;
        var cells = ShiftShareAnalysis.DunnPerIndustryDynamic(regional, national);
        for (var r = 0; r < totals.Length; r++)
        {
            AnalyticsAssert.Close(totals[r].NationalShare, cells.NationalShare.Row(r).ToArray().Sum(), rtol: 1e-12);
            AnalyticsAssert.Close(totals[r].IndustryMix, cells.IndustryMix.Row(r).ToArray().Sum(), rtol: 1e-12, atol: 1e-9);
            AnalyticsAssert.Close(totals[r].Competitive, cells.Competitive.Row(r).ToArray().Sum(), rtol: 1e-12, atol: 1e-9);
        }
    }

    [Fact]
    public void Reordering_industries_does_not_change_region_components()
    {
        var (regional, national) = RandomPanel(2, 5, 6, seed: 25);
        int[] order = [3, 0, 5, 1, 4, 2];
        Matrix Permute(Matrix m) => Matrix.From([.. Enumerable.Range(0, m.Rows).Select(r => order.Select(i => m[r, i]).ToArray())]);

        var a = ShiftShareAnalysis.EstebanMarquillas(regional[0], regional[1], national.Row(0), national.Row(1));
        var b = ShiftShareAnalysis.EstebanMarquillas(Permute(regional[0]), Permute(regional[1]),
            Permute(national).Row(0), Permute(national).Row(1));
        for (var r = 0; r < a.Length; r++)
        {
            AnalyticsAssert.Close(a[r].Allocation, b[r].Allocation, atol: 1e-9);
            AnalyticsAssert.Close(a[r].IndustryMix, b[r].IndustryMix, atol: 1e-9);
        }
    }

    [Fact]
    public void A_region_new_to_an_industry_counts_its_jobs_as_competitive_gain_in_Dunn()
    {
        // Region: A 0 -> 10, B 100 -> 100; nation A 100 -> 100, B 1000 -> 1000: no national growth,
        // so the 10 new jobs are all competitive share.
        var c = ShiftShareAnalysis.Dunn(Matrix.From([[0, 100]]), Matrix.From([[10, 100]]), [100, 1000], [100, 1000])[0];

        AnalyticsAssert.Close(10.0, c.Competitive);
        AnalyticsAssert.Close(0.0, c.IndustryMix);
    }

    [Fact]
    public void A_zero_base_cell_is_refused_by_Esteban_Marquillas_with_region_industry_and_year()
    {
        var (regional, national) = RandomPanel(3, 3, 4, seed: 26);
        regional[1][2, 3] = 0;

        var error = Assert.Throws<ArgumentException>(() => ShiftShareAnalysis.EstebanMarquillasDynamic(regional, national));
        Assert.Contains("Region 2, industry 3 has zero employment in year 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zero_national_base_value_or_a_negative_cell_is_refused()
    {
        var zeroNation = Assert.Throws<ArgumentException>(() => ShiftShareAnalysis.Dunn(Base, End, [1000, 0], NationEnd));
        Assert.Contains("industry 1 in year 0", zeroNation.Message, StringComparison.Ordinal);

        var negative = Assert.Throws<ArgumentException>(() => ShiftShareAnalysis.Dunn(Base, Matrix.From([[120, -1]]), NationBase, NationEnd));
        Assert.Contains("Region 0, industry 1, year 1", negative.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_panel_of_one_year_or_mismatched_shapes_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ShiftShareAnalysis.DunnDynamic([Base], Matrix.From([NationBase])));
        Assert.Throws<ArgumentException>(() => ShiftShareAnalysis.Dunn(Base, End, [1000, 1000, 5], NationEnd));
    }
}
