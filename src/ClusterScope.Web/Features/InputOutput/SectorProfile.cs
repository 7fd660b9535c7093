using ClusterScope.Data.InputOutput;

namespace ClusterScope.Web.Features.InputOutput;

/// <summary>One sector's place in the table: who supplies it and whom it supplies, as flows z_ij = a_ij x_j of the
/// (regionalised) coefficients, in 100m CNY.</summary>
/// <param name="Sector">The sector.</param>
/// <param name="Output">Its total output x_j (100m CNY).</param>
/// <param name="Suppliers">The largest inputs into it from other sectors, largest first.</param>
/// <param name="Buyers">The largest sales of it to other sectors, largest first.</param>
/// <param name="OwnUse">What it buys from itself (left out of the lists and the sankey, which cannot draw a loop).</param>
public sealed record SectorProfile(IoSector Sector, double Output, IReadOnlyList<(IoSector Sector, double Flow)> Suppliers,
    IReadOnlyList<(IoSector Sector, double Flow)> Buyers, double OwnUse)
{
    /// <summary>How many suppliers and buyers are listed.</summary>
    public const int Listed = 8;

    /// <summary>The profile of sector <paramref name="code"/>, or null when the table has no such sector.</summary>
    public static SectorProfile? Of(IoSetup setup, string? code)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var sectors = setup.Table.Sectors;
        var j = sectors.ToList().FindIndex(s => s.Code == code);
        if (j < 0)
        {
            return null;
        }

        var a = setup.Model.A;
        var x = setup.Table.Output;
        const double unit = IoResults.TableUnitsPerHundredMillion;
        var suppliers = Enumerable.Range(0, sectors.Count).Where(i => i != j).Select(i => (sectors[i], a[i, j] * x[j] / unit))
            .Where(f => f.Item2 > 0).OrderByDescending(f => f.Item2).Take(Listed).ToList();
        var buyers = Enumerable.Range(0, sectors.Count).Where(k => k != j).Select(k => (sectors[k], a[j, k] * x[k] / unit))
            .Where(f => f.Item2 > 0).OrderByDescending(f => f.Item2).Take(Listed).ToList();
        return new SectorProfile(sectors[j], x[j] / unit, suppliers, buyers, a[j, j] * x[j] / unit);
    }
}
