using ClusterScope.Analytics.InputOutput;

namespace ClusterScope.Analytics.Tests.InputOutput;

public class LinkagesTests
{
    [Theory]
    [InlineData("mb")]
    [InlineData("small")]
    public void LinkagesAndMultipliersMatchTheFormulaReference(string system)
    {
        var (z, x, _) = LeontiefReferenceTests.Load(system);
        var f = ReferenceTable.Load($"08_io_leontief/inputs/{system}_F.csv");
        var expected = ReferenceTable.Load($"08_io_leontief/expected/formula_linkages_{system}.csv");
        var a = Leontief.Coefficients(z, x);
        var l = Leontief.TotalRequirements(a);
        var b = Ghosh.Allocation(z, x);
        var g = Ghosh.Inverse(b);
        AnalyticsAssert.Close(expected.Numbers("direct_backward_colsum_A"), Linkages.DirectBackward(a));
        AnalyticsAssert.Close(expected.Numbers("direct_forward_rowsum_B"), Linkages.DirectForward(b));
        AnalyticsAssert.Close(expected.Numbers("total_backward_colsum_L"), Multipliers.Output(l));
        AnalyticsAssert.Close(expected.Numbers("total_forward_rowsum_L"), l.RowSums());
        AnalyticsAssert.Close(expected.Numbers("total_forward_rowsum_G"), g.RowSums());
        AnalyticsAssert.Close(expected.Numbers("rasmussen_backward_power_of_dispersion"), Linkages.PowerOfDispersion(l));
        AnalyticsAssert.Close(expected.Numbers("rasmussen_forward_sensitivity_L"), Linkages.SensitivityOfDispersion(l));
        AnalyticsAssert.Close(expected.Numbers("forward_index_ghosh"), Linkages.GhoshForwardIndex(g));
        var s = Stressors.Coefficients(f.ToMatrix(), x);
        var stressors = f.Text("stressor");
        AnalyticsAssert.Close(expected.Numbers("income_multiplier_simple"), Multipliers.Simple(s.Row(Array.IndexOf(stressors, "value_added")), l));
        if (system == "small")
        {
            var e = s.Row(Array.IndexOf(stressors, "employment"));
            AnalyticsAssert.Close(expected.Numbers("employment_multiplier_simple"), Multipliers.Simple(e, l));
            AnalyticsAssert.Close(expected.Numbers("employment_multiplier_typeI"), Multipliers.TypeI(e, l));
        }
    }

    [Fact]
    public void TextbookTableHasOneKeyAndOneWeakSector()
    {
        // Miller and Blair ch. 2: colsum L = (1.15, 1.10) / .7575 -> power of dispersion (1.0222, 0.9778);
        // rowsum G = (1.45, 0.95) / .7575 -> Ghosh forward index (1.2083, 0.7917).
        var z = Matrix.From([[150, 500], [200, 100]]);
        double[] x = [1000, 2000];
        var l = Leontief.TotalRequirements(Leontief.Coefficients(z, x));
        var g = Ghosh.Inverse(Ghosh.Allocation(z, x));
        var backward = Linkages.PowerOfDispersion(l);
        var forward = Linkages.GhoshForwardIndex(g);
        Assert.Equal(1.15 / 1.125, backward[0], 12);
        Assert.Equal(1.45 / 1.2, forward[0], 12);
        Assert.Equal([SectorRole.Key, SectorRole.Weak], Linkages.Classify(backward, forward));
    }

    [Fact]
    public void ClassificationCoversTheFourQuadrantsAndTreatsOneAsAverage()
    {
        Assert.Equal(
            [SectorRole.Key, SectorRole.BackwardOriented, SectorRole.ForwardOriented, SectorRole.Weak, SectorRole.Weak],
            Linkages.Classify([1.2, 1.1, 0.9, 0.8, 1.0], [1.3, 0.7, 1.4, 0.6, 1.0]));
    }

    [Fact]
    public void DispersionIndicesAverageOneAndFollowAPermutationOfSectors()
    {
        for (var seed = 1; seed <= 10; seed++)
        {
            var z = AnalyticsAssert.RandomMatrix(7, 7, seed);
            var x = z.RowSums().Select(v => (v * 1.7) + 5).ToArray();
            var l = Leontief.TotalRequirements(Leontief.Coefficients(z, x));
            AnalyticsAssert.Close(1, Linkages.PowerOfDispersion(l).Average(), rtol: 1e-12);
            AnalyticsAssert.Close(1, Linkages.SensitivityOfDispersion(l).Average(), rtol: 1e-12);

            // Relabelling sectors permutes L's rows and columns together, so each index moves with its sector.
            var order = Enumerable.Range(0, 7).ToArray();
            new Random(seed).Shuffle(order);
            var zp = new Matrix(7, 7);
            for (var i = 0; i < 7; i++)
            {
                for (var j = 0; j < 7; j++)
                {
                    zp[i, j] = z[order[i], order[j]];
                }
            }

            var lp = Leontief.TotalRequirements(Leontief.Coefficients(zp, order.Select(i => x[i]).ToArray()));
            var original = Linkages.PowerOfDispersion(l);
            var permuted = Linkages.PowerOfDispersion(lp);
            for (var i = 0; i < 7; i++)
            {
                AnalyticsAssert.Close(original[order[i]], permuted[i], rtol: 1e-10);
            }
        }
    }
}
