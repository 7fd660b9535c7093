using ClusterScope.Analytics.Agglomeration;

namespace ClusterScope.Analytics.Tests.Agglomeration;

public partial class EllisonGlaeserTests
{
    [Fact]
    public void Plant_order_does_not_change_any_result()
    {
        var plants = RandomPlants.Create(3_000, 8, 15, seed: 3);
        var order = Enumerable.Range(0, plants.Region.Length).ToArray();
        new Random(5).Shuffle(order);
        var shuffled = plants with
        {
            Region = [.. order.Select(k => plants.Region[k])],
            Industry = [.. order.Select(k => plants.Industry[k])],
            Employment = [.. order.Select(k => plants.Employment[k])],
        };

        var a = EllisonGlaeser.Agglomeration(plants.Aggregate());
        var b = EllisonGlaeser.Agglomeration(shuffled.Aggregate());

        AnalyticsAssert.Close(a.Gamma, b.Gamma);
        AnalyticsAssert.Close(a.ZG, b.ZG);
    }

    [Fact]
    public void Rescaling_every_plant_leaves_gamma_G_and_H_unchanged()
    {
        var plants = RandomPlants.Create(2_000, 6, 10, seed: 4);
        var scaled = plants with { Employment = [.. plants.Employment.Select(e => e * 37.5)] };

        var a = EllisonGlaeser.Agglomeration(plants.Aggregate());
        var b = EllisonGlaeser.Agglomeration(scaled.Aggregate());

        AnalyticsAssert.Close(a.Gamma, b.Gamma);
        AnalyticsAssert.Close(a.G, b.G);
        AnalyticsAssert.Close(a.PlantHerfindahl, b.PlantHerfindahl);
    }

    [Fact]
    public void Parallel_aggregation_of_many_plants_equals_a_plain_sum()
    {
        // 900,000 plants are summed in several blocks; a plain loop gives the reference.
        var plants = RandomPlants.Create(900_000, 30, 50, seed: 8);
        var aggregated = plants.Aggregate();
        var cells = new double[30 * 50];
        var squares = new double[30];
        for (var k = 0; k < plants.Region.Length; k++)
        {
            cells[(plants.Industry[k] * 50) + plants.Region[k]] += plants.Employment[k];
            squares[plants.Industry[k]] += plants.Employment[k] * plants.Employment[k];
        }

        for (var i = 0; i < 30; i++)
        {
            AnalyticsAssert.Close(cells.AsSpan(i * 50, 50), aggregated.IndustryRow(i), rtol: 1e-12);
        }

        AnalyticsAssert.Close(squares, aggregated.SquaredEmployment.ToArray(), rtol: 1e-12);
        Assert.Equal(plants.Region.Length, aggregated.Plants.Sum());
    }

    [Fact]
    public void Results_stay_within_their_bounds_on_random_plants()
    {
        var result = EllisonGlaeser.Agglomeration(RandomPlants.Aggregate(4_000, 12, 20, seed: 9));

        Assert.All(result.G, g => Assert.InRange(g, 0, 2));
        Assert.All(result.PlantHerfindahl, h => Assert.InRange(h, 0, 1));
        Assert.All(result.Gamma, gamma => Assert.True(gamma <= 1 + 1e-12));
        AnalyticsAssert.Close(1.0, result.ReferenceShares.Sum());
    }

    [Fact]
    public void Dartboard_industries_have_gamma_near_zero_on_average()
    {
        // Plants thrown at regions in proportion to size: E[gamma] = 0 (EG 1997, Proposition 1).
        var result = EllisonGlaeser.Agglomeration(RandomPlants.Aggregate(200_000, 50, 30, seed: 12));

        Assert.InRange(result.Gamma.Average(), -0.002, 0.002);
    }

    [Fact]
    public void Region_totals_as_reference_weights_give_the_default()
    {
        var plants = RandomPlants.Aggregate(2_000, 6, 10, seed: 6);
        var weights = plants.RegionTotals.Select(t => t * 3).ToArray();

        AnalyticsAssert.Close(EllisonGlaeser.Agglomeration(plants).Gamma, EllisonGlaeser.Agglomeration(plants, weights).Gamma);
    }

    [Fact]
    public void An_industry_without_plants_gives_NaN_and_a_one_plant_industry_NaN_gamma()
    {
        var plants = PlantEmployment.Aggregate([0, 1, 0], [0, 0, 1], [5, 7, 4], 2, 3);
        var result = EllisonGlaeser.Agglomeration(plants);

        Assert.True(double.IsNaN(result.Gamma[1]));
        AnalyticsAssert.Close(1.0, result.PlantHerfindahl[1]);
        Assert.True(double.IsNaN(result.Gamma[2]) && double.IsNaN(result.G[2]));
        Assert.Equal(0, result.Plants[2]);
    }

    [Fact]
    public void Reference_weights_of_the_wrong_length_or_negative_are_refused()
    {
        var length = Assert.Throws<ArgumentException>(() => EllisonGlaeser.Agglomeration(Small(), [1.0, 2, 3]));
        Assert.Contains("3 regions", length.Message, StringComparison.Ordinal);

        var negative = Assert.Throws<ArgumentException>(() => MaurelSedillot.Agglomeration(Small(), [1.0, -2]));
        Assert.Contains("region 1", negative.Message, StringComparison.Ordinal);
    }
}
