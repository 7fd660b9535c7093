namespace ClusterScope.Data.Analysis;

/// <summary>Plant-level records read from a <c>plant,region,industry,employment</c> file, with regions and industries as indices.</summary>
public sealed record PlantRecords(IReadOnlyList<string> Plants, IReadOnlyList<string> Regions, IReadOnlyList<string> Industries,
    int[] RegionIndex, int[] IndustryIndex, double[] Employment);
