using ClusterScope.Analytics.Agglomeration;

namespace ClusterScope.Analytics.Tests.Agglomeration;

/// <summary>The plant file of reference case 03, with industries and regions indexed in label order (as R's factor levels).</summary>
internal static class Case03Plants
{
    public static readonly string[] Industries;
    public static readonly string[] Regions;
    public static readonly int[] Industry;
    public static readonly int[] Region;
    public static readonly double[] Employment;

    static Case03Plants()
    {
        var table = ReferenceTable.Load("03_ellison_glaeser/inputs/plants.csv");
        var industryLabels = table.Text("industry");
        var regionLabels = table.Text("region");
        Industries = [.. industryLabels.Distinct().Order(StringComparer.Ordinal)];
        Regions = [.. regionLabels.Distinct().Order(StringComparer.Ordinal)];
        Industry = [.. industryLabels.Select(l => Array.IndexOf(Industries, l))];
        Region = [.. regionLabels.Select(l => Array.IndexOf(Regions, l))];
        Employment = table.Numbers("employment");
    }

    public static PlantEmployment Aggregate() =>
        PlantEmployment.Aggregate(Region, Industry, Employment, Regions.Length, Industries.Length);

    public static int IndexOf(string industry) => Array.IndexOf(Industries, industry);
}
