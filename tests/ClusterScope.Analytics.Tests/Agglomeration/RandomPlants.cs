using ClusterScope.Analytics.Agglomeration;

namespace ClusterScope.Analytics.Tests.Agglomeration;

/// <summary>Seeded random plant records: uniform regions and industries, Pareto-like plant sizes.</summary>
internal sealed record RandomPlants(int[] Region, int[] Industry, double[] Employment, int Regions, int Industries)
{
    public static RandomPlants Create(int plants, int industries, int regions, int seed)
    {
        var random = new Random(seed);
        var (region, industry, employment) = (new int[plants], new int[plants], new double[plants]);
        for (var k = 0; k < plants; k++)
        {
            region[k] = random.Next(regions);
            industry[k] = random.Next(industries);
            employment[k] = Math.Floor(5 / Math.Pow(1 - random.NextDouble(), 1 / 1.5));
        }

        return new RandomPlants(region, industry, employment, regions, industries);
    }

    public static PlantEmployment Aggregate(int plants, int industries, int regions, int seed) =>
        Create(plants, industries, regions, seed).Aggregate();

    public PlantEmployment Aggregate() => PlantEmployment.Aggregate(Region, Industry, Employment, Regions, Industries);
}
