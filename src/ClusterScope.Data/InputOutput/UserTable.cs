using ClusterScope.Analytics;

namespace ClusterScope.Data.InputOutput;

/// <summary>A user's single- or multi-region table read from long CSV: Z, Y, and extensions F (and F_Y).</summary>
/// <param name="Regions">Regions in first-seen order.</param>
/// <param name="Sectors">Sectors of one region (every region has the same), first-seen order.</param>
/// <param name="Z">Intermediate flows, (region, sector) blocks region by region.</param>
/// <param name="Categories">Final-demand columns as (region, category).</param>
/// <param name="Y">Final demand (n x categories).</param>
/// <param name="Extensions">Satellite accounts, each with stressor names and F (stressors x n).</param>
public sealed record UserTable(IReadOnlyList<string> Regions, IReadOnlyList<string> Sectors, Matrix Z,
    IReadOnlyList<(string Region, string Category)> Categories, Matrix Y, IReadOnlyList<UserExtension> Extensions)
{
    /// <summary>Row/column label of index i: (region, sector).</summary>
    public (string Region, string Sector) Label(int i) => (Regions[i / Sectors.Count], Sectors[i % Sectors.Count]);

    /// <summary>x = Z 1 + Y 1.</summary>
    public double[] Output()
    {
        var x = Z.RowSums();
        var y = Y.RowSums();
        return [.. x.Select((v, i) => v + y[i])];
    }

    /// <summary>Y summed over each region's categories (n x regions).</summary>
    public Matrix FinalDemandByRegion()
    {
        var result = new Matrix(Z.Rows, Regions.Count);
        for (var c = 0; c < Categories.Count; c++)
        {
            var r = Regions.ToList().IndexOf(Categories[c].Region);
            for (var i = 0; i < Z.Rows; i++)
            {
                result[i, r] += Y[i, c];
            }
        }

        return result;
    }
}

/// <summary>One extension of a user table.</summary>
/// <param name="Name">Extension name (e.g. <c>emissions</c>).</param>
/// <param name="Stressors">Stressor names.</param>
/// <param name="F">Stressors x n.</param>
public sealed record UserExtension(string Name, IReadOnlyList<string> Stressors, Matrix F);
