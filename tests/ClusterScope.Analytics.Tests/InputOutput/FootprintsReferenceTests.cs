using ClusterScope.Analytics.InputOutput;

namespace ClusterScope.Analytics.Tests.InputOutput;

/// <summary>pymrio's calc_all(include_ghosh=True) on its seeded three-region MRIO (Reference/08_io_leontief part C), to 1e-9 relative.</summary>
public class FootprintsReferenceTests
{
    private static readonly MrioReference Mrio = MrioReference.Load();

    [Fact]
    public void CoreMatricesMatchPymrio()
    {
        var x = TotalOutput(Mrio);
        MrioReference.AssertLong("mrio_x.csv", r => x[Mrio.Index(r[0], r[1])]);
        var a = Leontief.Coefficients(Mrio.Z, x);
        var l = Leontief.TotalRequirements(a);
        var b = Ghosh.Allocation(Mrio.Z, x);
        var g = Ghosh.Inverse(b);
        var colsum = l.ColumnSums();
        MrioReference.AssertLong("mrio_A_long.csv", r => a[Mrio.Index(r[0], r[1]), Mrio.Index(r[2], r[3])]);
        MrioReference.AssertLong("mrio_L_long.csv", r => l[Mrio.Index(r[0], r[1]), Mrio.Index(r[2], r[3])]);
        MrioReference.AssertLong("mrio_B_long.csv", r => b[Mrio.Index(r[0], r[1]), Mrio.Index(r[2], r[3])]);
        MrioReference.AssertLong("mrio_G_long.csv", r => g[Mrio.Index(r[0], r[1]), Mrio.Index(r[2], r[3])]);
        MrioReference.AssertLong("mrio_output_multipliers_colsum_L.csv", r => colsum[Mrio.Index(r[0], r[1])]);
    }

    [Theory]
    [InlineData("emissions", true)]
    [InlineData("factor_inputs", false)]
    public void ExtensionAccountsMatchPymrio(string extension, bool hasFinalDemandStressors)
    {
        var x = TotalOutput(Mrio);
        var a = Leontief.Coefficients(Mrio.Z, x);
        var l = Leontief.TotalRequirements(a);
        var g = Ghosh.Inverse(Ghosh.Allocation(Mrio.Z, x));
        var (f, stressors) = Mrio.Extension(extension);
        var s = Stressors.Coefficients(f, x);
        var m = Stressors.Multipliers(s, a);
        var mDown = Stressors.DownstreamMultipliers(s, g);
        var fy = hasFinalDemandStressors ? Mrio.FinalDemandStressorsByRegion(extension, stressors) : null;
        var accounts = Footprints.Compute(s, l, Mrio.FinalDemandByRegion(), fy);

        double Sector(Matrix d, string[] r) => d[stressors.IndexOf(r[0]), Mrio.Index(r[1], r[2])];
        double Region(Matrix d, string[] r) => d[stressors.IndexOf(r[0]), Mrio.Regions.IndexOf(r[1])];
        MrioReference.AssertLong($"mrio_{extension}_S_long.csv", r => Sector(s, r));
        MrioReference.AssertLong($"mrio_{extension}_M_long.csv", r => Sector(m, r));
        MrioReference.AssertLong($"mrio_{extension}_M_down_long.csv", r => Sector(mDown, r));
        MrioReference.AssertLong($"mrio_{extension}_D_cba_long.csv", r => Sector(accounts.ConsumptionBased, r));
        MrioReference.AssertLong($"mrio_{extension}_D_pba_long.csv", r => Sector(accounts.ProductionBased, r));
        MrioReference.AssertLong($"mrio_{extension}_D_imp_long.csv", r => Sector(accounts.ImportsEmbodied, r));
        MrioReference.AssertLong($"mrio_{extension}_D_exp_long.csv", r => Sector(accounts.ExportsEmbodied, r));
        MrioReference.AssertLong($"mrio_{extension}_D_cba_reg_long.csv", r => Region(accounts.ConsumptionBasedByRegion, r));
        MrioReference.AssertLong($"mrio_{extension}_D_pba_reg_long.csv", r => Region(accounts.ProductionBasedByRegion, r));
        MrioReference.AssertLong($"mrio_{extension}_D_imp_reg_long.csv", r => Region(accounts.ImportsEmbodiedByRegion, r));
        MrioReference.AssertLong($"mrio_{extension}_D_exp_reg_long.csv", r => Region(accounts.ExportsEmbodiedByRegion, r));
    }

    [Fact]
    public void FinalDemandStressorCoefficientsMatchPymrio()
    {
        var (_, stressors) = Mrio.Extension("emissions");
        var table = ReferenceTable.Load("08_io_leontief/inputs/mrio_emissions_F_Y_long.csv");
        var fy = new Matrix(stressors.Count, Mrio.Categories.Length);
        foreach (var row in table.Rows)
        {
            fy[stressors.IndexOf(row[0]), Array.IndexOf(Mrio.Categories, row[1] + "|" + row[2])] = ReferenceTable.ParseNumber(row[3]);
        }

        var sy = Stressors.FinalDemandCoefficients(fy, Mrio.Y);
        MrioReference.AssertLong("mrio_emissions_S_Y_long.csv", r => sy[stressors.IndexOf(r[0]), Array.IndexOf(Mrio.Categories, r[1] + "|" + r[2])]);
    }

    [Fact]
    public void ConsumptionAndProductionAccountsBalanceGlobally()
    {
        // Every unit of stressor is caused by some final demand: the world totals of D_cba and D_pba agree.
        var x = TotalOutput(Mrio);
        var a = Leontief.Coefficients(Mrio.Z, x);
        var (f, _) = Mrio.Extension("emissions");
        var accounts = Footprints.Compute(Stressors.Coefficients(f, x), Leontief.TotalRequirements(a), Mrio.FinalDemandByRegion());
        var cba = accounts.ConsumptionBasedByRegion.RowSums();
        var pba = accounts.ProductionBasedByRegion.RowSums();
        AnalyticsAssert.Close(cba, pba, what: "world total");
        AnalyticsAssert.Close(accounts.ImportsEmbodiedByRegion.RowSums(), accounts.ExportsEmbodiedByRegion.RowSums(), what: "world trade");
    }

    internal static double[] TotalOutput(MrioReference mrio)
    {
        var x = mrio.Z.RowSums();
        var y = mrio.Y.RowSums();
        for (var i = 0; i < x.Length; i++)
        {
            x[i] += y[i];
        }

        return x;
    }
}
