using System.Globalization;

namespace ClusterScope.Analytics.Tests.Complexity;

/// <summary>Case 05 read into one region x industry matrix per year, with the expected rows keyed by year, region and industry.</summary>
internal static class ComplexityCase
{
    public const string Folder = "05_complexity_pyecomplexity";

    public static (string[] Regions, string[] Industries, Dictionary<string, Matrix> Years) Inputs()
    {
        var table = ReferenceTable.Load($"{Folder}/inputs/trade_long.csv");
        var years = table.Text("year");
        var regions = table.Text("region").Distinct().Order(StringComparer.Ordinal).ToArray();
        var industries = table.Text("industry").Distinct().Order(StringComparer.Ordinal).ToArray();
        var regionIndex = regions.Select((r, i) => (r, i)).ToDictionary(x => x.r, x => x.i);
        var industryIndex = industries.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => x.i);
        var values = table.Numbers("value");
        var regionText = table.Text("region");
        var industryText = table.Text("industry");
        var matrices = new Dictionary<string, Matrix>();
        for (var i = 0; i < values.Length; i++)
        {
            if (!matrices.TryGetValue(years[i], out var m))
            {
                matrices[years[i]] = m = new Matrix(regions.Length, industries.Length);
            }

            m[regionIndex[regionText[i]], industryIndex[industryText[i]]] = values[i];
        }

        return (regions, industries, matrices);
    }

    /// <summary>For each expected row: year, region index, industry index and the named column's value.</summary>
    public static IEnumerable<(string Year, int Region, int Industry, double Value)> Expected(string file, string column, string[] regions, string[] industries)
    {
        var table = ReferenceTable.Load($"{Folder}/expected/{file}");
        var years = table.Text("year");
        var r = table.Text("region");
        var p = table.Text("industry");
        var v = table.Numbers(column);
        for (var i = 0; i < v.Length; i++)
        {
            yield return (years[i], Array.IndexOf(regions, r[i]), Array.IndexOf(industries, p[i]), v[i]);
        }
    }

    public static string Format(double v) => v.ToString("R", CultureInfo.InvariantCulture);
}
