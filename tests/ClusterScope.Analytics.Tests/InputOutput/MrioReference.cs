using System.Globalization;

namespace ClusterScope.Analytics.Tests.InputOutput;

/// <summary>The seeded three-region MRIO of Reference/08_io_leontief (part C), read from its long CSV files.</summary>
internal sealed class MrioReference
{
    private const string Folder = "08_io_leontief";

    private MrioReference(List<string> keys, List<string> regions, Matrix z, Matrix y, string[] categories)
    {
        Keys = keys;
        Regions = regions;
        Z = z;
        Y = y;
        Categories = categories;
    }

    /// <summary>"region|sector" in the order of the Z file.</summary>
    public List<string> Keys { get; }

    public List<string> Regions { get; }

    public Matrix Z { get; }

    /// <summary>Final demand, one column per (region, category) in <see cref="Categories"/> order.</summary>
    public Matrix Y { get; }

    public string[] Categories { get; }

    public static MrioReference Load()
    {
        var zLong = ReferenceTable.Load($"{Folder}/inputs/mrio_Z_long.csv");
        var keys = new List<string>();
        foreach (var row in zLong.Rows)
        {
            var key = row[0] + "|" + row[1];
            if (!keys.Contains(key))
            {
                keys.Add(key);
            }
        }

        var regions = keys.Select(k => k.Split('|')[0]).Distinct().ToList();
        var z = new Matrix(keys.Count, keys.Count);
        foreach (var row in zLong.Rows)
        {
            z[keys.IndexOf(row[0] + "|" + row[1]), keys.IndexOf(row[2] + "|" + row[3])] = ReferenceTable.ParseNumber(row[4]);
        }

        var yLong = ReferenceTable.Load($"{Folder}/inputs/mrio_Y_long.csv");
        var categories = yLong.Rows.Select(r => r[2] + "|" + r[3]).Distinct().ToArray();
        var y = new Matrix(keys.Count, categories.Length);
        foreach (var row in yLong.Rows)
        {
            y[keys.IndexOf(row[0] + "|" + row[1]), Array.IndexOf(categories, row[2] + "|" + row[3])] = ReferenceTable.ParseNumber(row[4]);
        }

        return new MrioReference(keys, regions, z, y, categories);
    }

    /// <summary>Y summed over each region's categories (n x regions).</summary>
    public Matrix FinalDemandByRegion()
    {
        var result = new Matrix(Keys.Count, Regions.Count);
        for (var c = 0; c < Categories.Length; c++)
        {
            var region = Regions.IndexOf(Categories[c].Split('|')[0]);
            for (var i = 0; i < Keys.Count; i++)
            {
                result[i, region] += Y[i, c];
            }
        }

        return result;
    }

    /// <summary>An extension's F (stressors x sectors) and its stressor names, from <c>mrio_{name}_F_long.csv</c>.</summary>
    public (Matrix F, List<string> Stressors) Extension(string name)
    {
        var table = ReferenceTable.Load($"{Folder}/inputs/mrio_{name}_F_long.csv");
        var stressors = table.Rows.Select(r => r[0]).Distinct().ToList();
        var f = new Matrix(stressors.Count, Keys.Count);
        foreach (var row in table.Rows)
        {
            f[stressors.IndexOf(row[0]), Keys.IndexOf(row[1] + "|" + row[2])] = ReferenceTable.ParseNumber(row[3]);
        }

        return (f, stressors);
    }

    /// <summary>F_Y summed by region (stressors x regions).</summary>
    public Matrix FinalDemandStressorsByRegion(string name, List<string> stressors)
    {
        var table = ReferenceTable.Load($"{Folder}/inputs/mrio_{name}_F_Y_long.csv");
        var result = new Matrix(stressors.Count, Regions.Count);
        foreach (var row in table.Rows)
        {
            result[stressors.IndexOf(row[0]), Regions.IndexOf(row[1])] += ReferenceTable.ParseNumber(row[3]);
        }

        return result;
    }

    /// <summary>Asserts every value of an expected long file: the label columns give the cell through <paramref name="cell"/>.</summary>
    public static void AssertLong(string expectedFile, Func<string[], double> cell)
    {
        var table = ReferenceTable.Load($"{Folder}/expected/{expectedFile}");
        Assert.NotEmpty(table.Rows);
        foreach (var row in table.Rows)
        {
            AnalyticsAssert.Close(ReferenceTable.ParseNumber(row[^1]), cell(row), what: $"{expectedFile} {string.Join(",", row[..^1])}");
        }
    }

    public int Index(string region, string sector) => Keys.IndexOf(region + "|" + sector) is var i and >= 0
        ? i : throw new KeyNotFoundException(string.Create(CultureInfo.InvariantCulture, $"{region}|{sector}"));
}
