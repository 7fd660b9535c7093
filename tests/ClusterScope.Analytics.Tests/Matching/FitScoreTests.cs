using ClusterScope.Analytics.Matching;

namespace ClusterScope.Analytics.Tests.Matching;

public class FitScoreTests
{
    [Fact]
    public void Field_compatibility_credits_shared_code_prefixes()
    {
        // need 5202010 vs researcher 5202010: 7/7; vs 5204020: "520" shared, 3/7; vs 4101000: 0
        AnalyticsAssert.Close(1, FitScore.FieldCompatibility(["5202010"], ["5202010"]));
        AnalyticsAssert.Close(3.0 / 7, FitScore.FieldCompatibility(["5204020"], ["5202010"]));
        Assert.Equal(0, FitScore.FieldCompatibility(["4101000"], ["5202010"]));
        // two need codes: best for each, averaged: (1 + 3/7) / 2; dots ignored
        AnalyticsAssert.Close((1 + (3.0 / 7)) / 2, FitScore.FieldCompatibility(["520.2010", "4101000"], ["5202010", "4105000"]));
        Assert.Equal(0, FitScore.FieldCompatibility([], ["5202010"]));
    }

    [Fact]
    public void Distance_is_the_great_circle_distance()
    {
        // one degree of latitude = 6371.0088 * pi / 180 = 111.195 km
        AnalyticsAssert.Close(FitScore.EarthRadiusKm * Math.PI / 180, FitScore.DistanceKm(43, 125, 44, 125));
        Assert.Equal(0, FitScore.DistanceKm(43.8, 125.3, 43.8, 125.3));
        AnalyticsAssert.Close(FitScore.DistanceKm(43.8, 125.3, 43.8, 126.5), FitScore.DistanceKm(43.8, 126.5, 43.8, 125.3));
    }

    [Fact]
    public void The_total_is_the_weighted_sum_of_its_parts()
    {
        // F = 1, d = 150 km -> exp(-1), P = 0.5: 0.6 + 0.2 e^-1 + 0.1
        var fit = FitScore.Compute(["5202010"], ["5202010"], 150, 0.5);
        AnalyticsAssert.Close(1, fit.Field);
        AnalyticsAssert.Close(Math.Exp(-1), fit.Distance);
        AnalyticsAssert.Close(0.6 + (0.2 * Math.Exp(-1)) + 0.1, fit.Total);
        Assert.Equal(0, FitScore.Compute(["4101000"], ["5202010"], 0, 1).Total);
    }

    [Fact]
    public void The_total_lies_in_0_1_and_falls_with_distance()
    {
        var random = new Random(3);
        for (var i = 0; i < 500; i++)
        {
            var d = random.NextDouble() * 1000;
            var near = FitScore.Compute(["52020"], ["5202010"], d, random.NextDouble());
            var far = FitScore.Compute(["52020"], ["5202010"], d + 10, near.Priority);
            Assert.InRange(near.Total, 0, 1);
            Assert.True(far.Total < near.Total);
        }
    }

    [Fact]
    public void Bad_parameters_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FitScore.Compute(["1"], ["1"], 0, 1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => FitScore.Compute(["1"], ["1"], 0, 0.5, new FitWeights(DistanceScaleKm: 0)));
    }
}
