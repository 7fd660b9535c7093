using ClusterScope.Analytics.Agglomeration;

namespace ClusterScope.Analytics.Tests.Agglomeration;

public partial class EllisonGlaeserTests
{
    [Fact]
    public void Coagglomeration_of_the_two_region_example_is_checked_by_hand()
    {
        // w = (20, 40) / 60; pooled shares (30, 30) / 60 = x, so G = 0; H = (1/9) 0.5 + (4/9) 0.625 = 1/3;
        // own terms: (1/9)(0.5 / 0.5 - 0.5) + (4/9)(0.125 / 0.5 - 0.625) = -1/9;
        // gamma_c = (0 - 1/3 + 1/9) / (1 - 5/9) = -0.5.
        var result = EllisonGlaeser.Coagglomeration(Small(), [0, 1]);

        AnalyticsAssert.Close(-0.5, result.Gamma);
        AnalyticsAssert.Close(0.0, result.G);
        AnalyticsAssert.Close(1.0 / 3, result.PlantHerfindahl);
        AnalyticsAssert.Close([1.0 / 3, 2.0 / 3], result.Weights);
    }

    [Fact]
    public void Coagglomeration_matches_Ellison_Glaeser_equation_5_on_case_03()
    {
        var expected = ReferenceTable.Load("03_ellison_glaeser/expected/formula_eg_coagglomeration.csv");
        var plants = Case03Plants.Aggregate();
        var groups = expected.Text("group");
        var (g, h, gamma) = (expected.Numbers("G_group"), expected.Numbers("H_group"), expected.Numbers("gamma_c"));
        for (var row = 0; row < groups.Length; row++)
        {
            var group = groups[row].Split('+').Select(Case03Plants.IndexOf).ToArray();
            var result = EllisonGlaeser.Coagglomeration(plants, group);
            AnalyticsAssert.Close(g[row], result.G, what: $"G of {groups[row]}");
            AnalyticsAssert.Close(h[row], result.PlantHerfindahl, what: $"H of {groups[row]}");
            AnalyticsAssert.Close(gamma[row], result.Gamma, what: $"gamma_c of {groups[row]}");
        }
    }

    [Fact]
    public void Pairwise_matrix_matches_the_pairs_of_the_equation_5_reference_on_case_03()
    {
        var expected = ReferenceTable.Load("03_ellison_glaeser/expected/formula_eg_coagglomeration.csv");
        var matrix = EllisonGlaeser.PairwiseCoagglomeration(Case03Plants.Aggregate());
        var groups = expected.Text("group");
        var gamma = expected.Numbers("gamma_c");
        var pairs = 0;
        for (var row = 0; row < groups.Length; row++)
        {
            var group = groups[row].Split('+').Select(Case03Plants.IndexOf).ToArray();
            if (group.Length == 2)
            {
                AnalyticsAssert.Close(gamma[row], matrix[group[0], group[1]], what: groups[row]);
                pairs++;
            }
        }

        Assert.Equal(3, pairs);
    }

    [Fact]
    public void Pairwise_matrix_of_the_two_region_example_is_checked_by_hand()
    {
        // s - x: (0.5, -0.5) and (-0.25, 0.25); cross-product -0.25; / (1 - 0.5) = -0.5, as the group formula gives.
        var matrix = EllisonGlaeser.PairwiseCoagglomeration(Small());

        AnalyticsAssert.Close(-0.5, matrix[0, 1]);
        AnalyticsAssert.Close(-0.5, matrix[1, 0]);
        Assert.True(double.IsNaN(matrix[0, 0]));
    }

    [Fact]
    public void Ellison_Glaeser_Kerr_pairs_use_the_mean_industry_shares()
    {
        // x = mean of (1, 0) and (0.25, 0.75) = (0.625, 0.375); sum x^2 = 0.53125;
        // s - x: (0.375, -0.375) and (-0.375, 0.375); cross-product -0.28125; / 0.46875 = -0.6.
        var matrix = EllisonGlaeser.PairwiseCoagglomeration(Small(), CoagglomerationForm.EllisonGlaeserKerr2010);

        AnalyticsAssert.Close(-0.6, matrix[0, 1]);
    }

    [Fact]
    public void Pairwise_matrix_equals_equation_5_for_every_pair_of_random_plants()
    {
        var plants = RandomPlants.Aggregate(5_000, 37, 13, seed: 11);
        var matrix = EllisonGlaeser.PairwiseCoagglomeration(plants);
        for (var a = 0; a < plants.IndustryCount; a++)
        {
            for (var b = a + 1; b < plants.IndustryCount; b++)
            {
                var group = EllisonGlaeser.Coagglomeration(plants, [a, b]);
                AnalyticsAssert.Close(group.Gamma, matrix[a, b], rtol: 1e-9, atol: 1e-12, what: $"pair {a},{b}");
                Assert.Equal(matrix[a, b], matrix[b, a]);
            }
        }
    }

    [Fact]
    public void A_group_with_a_repeated_industry_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => EllisonGlaeser.Coagglomeration(Small(), [1, 1]));
        Assert.Contains("Industry 1 appears twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_group_of_one_industry_is_refused()
    {
        Assert.Throws<ArgumentException>(() => EllisonGlaeser.Coagglomeration(Small(), [0]));
    }
}
