using ClusterScope.Analytics.Agglomeration;

namespace ClusterScope.Analytics.Tests.Agglomeration;

public partial class EllisonGlaeserTests
{
    // Two regions, two industries. Industry 0: plants of 10 and 10 in region 0. Industry 1: 10 in region 0, 30 in region 1.
    // Region totals 30 and 30, so x = (0.5, 0.5) and sum x^2 = 0.5.
    private static readonly int[] SmallRegion = [0, 0, 0, 1];
    private static readonly int[] SmallIndustry = [0, 0, 1, 1];
    private static readonly double[] SmallEmployment = [10, 10, 10, 30];

    private static PlantEmployment Small() => PlantEmployment.Aggregate(SmallRegion, SmallIndustry, SmallEmployment, 2, 2);

    [Fact]
    public void Gamma_of_a_two_region_example_is_checked_by_hand()
    {
        // Industry 0: s = (1, 0), G = 0.25 + 0.25 = 0.5, H = 0.25 + 0.25 = 0.5, gamma = (0.5 / 0.5 - 0.5) / (1 - 0.5) = 1.
        // Industry 1: s = (0.25, 0.75), G = 0.0625 * 2 = 0.125, H = 1/16 + 9/16 = 0.625,
        // gamma = (0.125 / 0.5 - 0.625) / 0.375 = -1.
        // z of industry 0: sum x^3 = 0.25, sum z^4 = 2/16; Var G = 2 (0.25 (0.5 - 0.5 + 0.25) - 0.125 (0.5 - 1 + 0.75)) = 0.0625,
        // z = (0.5 - 0.5 * 0.5) / 0.25 = 1.
        var result = EllisonGlaeser.Agglomeration(Small());

        AnalyticsAssert.Close([1.0, -1.0], result.Gamma);
        AnalyticsAssert.Close([0.5, 0.125], result.G);
        AnalyticsAssert.Close([0.5, 0.625], result.PlantHerfindahl);
        AnalyticsAssert.Close(1.0, result.ZG[0]);
        Assert.Equal([2, 2], result.Plants);
        AnalyticsAssert.Close([0.5, 0.5], result.ReferenceShares);
    }

    [Fact]
    public void Gamma_G_z_and_plant_count_match_REAT_ellison_a2_on_case_03()
    {
        var expected = ReferenceTable.Load("03_ellison_glaeser/expected/reat_ellison_a2.csv");
        var result = EllisonGlaeser.Agglomeration(Case03Plants.Region, Case03Plants.Industry, Case03Plants.Employment,
            Case03Plants.Regions.Length, Case03Plants.Industries.Length);
        var order = expected.Text("industry").Select(Case03Plants.IndexOf).ToArray();

        AnalyticsAssert.Close(expected.Numbers("gamma"), order.Select(i => result.Gamma[i]).ToArray(), what: "gamma");
        AnalyticsAssert.Close(expected.Numbers("G"), order.Select(i => result.G[i]).ToArray(), what: "G");
        AnalyticsAssert.Close(expected.Numbers("z_G"), order.Select(i => result.ZG[i]).ToArray(), what: "z_G");
        AnalyticsAssert.Close(expected.Numbers("plant_herfindahl"), order.Select(i => result.PlantHerfindahl[i]).ToArray(), what: "H");
        Assert.Equal(expected.Numbers("plants"), order.Select(i => (double)result.Plants[i]).ToArray());
    }

    [Fact]
    public void Gamma_matches_the_formula_reference_on_case_03()
    {
        var expected = ReferenceTable.Load("03_ellison_glaeser/expected/formula_eg_and_maurel_sedillot.csv");
        var result = EllisonGlaeser.Agglomeration(Case03Plants.Aggregate());
        var order = expected.Text("industry").Select(Case03Plants.IndexOf).ToArray();

        AnalyticsAssert.Close(expected.Numbers("gamma_EG"), order.Select(i => result.Gamma[i]).ToArray(), what: "gamma");
        AnalyticsAssert.Close(expected.Numbers("G_raw"), order.Select(i => result.G[i]).ToArray(), what: "G");
        AnalyticsAssert.Close(expected.Numbers("plant_herfindahl"), order.Select(i => result.PlantHerfindahl[i]).ToArray(), what: "H");
    }

    [Fact]
    public void Maurel_Sedillot_matches_the_formula_reference_on_case_03()
    {
        var expected = ReferenceTable.Load("03_ellison_glaeser/expected/formula_eg_and_maurel_sedillot.csv");
        var result = MaurelSedillot.Agglomeration(Case03Plants.Aggregate());
        var order = expected.Text("industry").Select(Case03Plants.IndexOf).ToArray();

        AnalyticsAssert.Close(expected.Numbers("gamma_MS"), order.Select(i => result.Gamma[i]).ToArray(), what: "gamma_MS");
        AnalyticsAssert.Close(expected.Numbers("G_MS"), order.Select(i => result.G[i]).ToArray(), what: "G_MS");
    }

    [Fact]
    public void Maurel_Sedillot_of_the_two_region_example_is_checked_by_hand()
    {
        // Industry 0: sum s^2 = 1, G_MS = (1 - 0.5) / 0.5 = 1, gamma_MS = (1 - 0.5) / 0.5 = 1.
        // Industry 1: sum s^2 = 0.625, G_MS = 0.125 / 0.5 = 0.25, gamma_MS = (0.25 - 0.625) / 0.375 = -1.
        var result = MaurelSedillot.Agglomeration(Small());

        AnalyticsAssert.Close([1.0, 0.25], result.G);
        AnalyticsAssert.Close([1.0, -1.0], result.Gamma);
    }
}
