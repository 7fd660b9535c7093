using ClusterScope.Analytics.InputOutput;

namespace ClusterScope.Analytics.Tests.InputOutput;

/// <summary>pymrio's calc_x, calc_A and calc_L outputs in Reference/08_io_leontief, matched to 1e-9 relative.</summary>
public class LeontiefReferenceTests
{
    [Theory]
    [InlineData("mb")]
    [InlineData("small")]
    public void CoefficientsInverseAndOutputMatchPymrio(string system)
    {
        var z = ReferenceTable.Load($"08_io_leontief/inputs/{system}_Z.csv").ToMatrix();
        var y = ReferenceTable.Load($"08_io_leontief/inputs/{system}_Y.csv").ToMatrix();
        var n = z.Rows;
        var x = new double[n];
        var finalDemand = new double[n];
        for (var i = 0; i < n; i++)
        {
            finalDemand[i] = y.Row(i).ToArray().Sum();
            x[i] = z.Row(i).ToArray().Sum() + finalDemand[i];
        }

        AnalyticsAssert.Close(ReferenceTable.Load($"08_io_leontief/expected/{system}_x.csv").Numbers("indout"), x, what: "x");
        var a = Leontief.Coefficients(z, x);
        AnalyticsAssert.Close(ReferenceTable.Load($"08_io_leontief/expected/{system}_A.csv").ToMatrix(), a, what: "A");
        AnalyticsAssert.Close(ReferenceTable.Load($"08_io_leontief/expected/{system}_L.csv").ToMatrix(), Leontief.TotalRequirements(a), what: "L");
        AnalyticsAssert.Close(x, Leontief.Output(a, finalDemand), what: "L y");
    }

    [Theory]
    [InlineData("mb")]
    [InlineData("small")]
    public void GhoshAndStressorMultipliersMatchPymrio(string system)
    {
        var (z, x, _) = Load(system);
        var f = ReferenceTable.Load($"08_io_leontief/inputs/{system}_F.csv").ToMatrix();
        var a = Leontief.Coefficients(z, x);
        var b = Ghosh.Allocation(z, x);
        var g = Ghosh.Inverse(b);
        AnalyticsAssert.Close(ReferenceTable.Load($"08_io_leontief/expected/{system}_B.csv").ToMatrix(), b, what: "B");
        AnalyticsAssert.Close(ReferenceTable.Load($"08_io_leontief/expected/{system}_G.csv").ToMatrix(), g, what: "G");
        var s = Stressors.Coefficients(f, x);
        AnalyticsAssert.Close(ReferenceTable.Load($"08_io_leontief/expected/{system}_factors_S.csv").ToMatrix(), s, what: "S");
        AnalyticsAssert.Close(ReferenceTable.Load($"08_io_leontief/expected/{system}_factors_M.csv").ToMatrix(), Stressors.Multipliers(s, a), what: "M");
        AnalyticsAssert.Close(ReferenceTable.Load($"08_io_leontief/expected/{system}_factors_M_down.csv").ToMatrix(), Stressors.DownstreamMultipliers(s, g), what: "M_down");
        var outputMultipliers = Stressors.Multipliers(Stressors.Coefficients(Matrix.From([x]), x), a);
        AnalyticsAssert.Close(ReferenceTable.Load($"08_io_leontief/expected/{system}_output_multipliers_M_of_output_extension.csv").ToMatrix(), outputMultipliers, what: "output multipliers");
    }

    [Theory]
    [InlineData("mb")]
    [InlineData("small")]
    public void FinalDemandScenarioMatchesPymrio(string system)
    {
        var (z, x, _) = Load(system);
        var f = ReferenceTable.Load($"08_io_leontief/inputs/{system}_F.csv").ToMatrix();
        var deltaY = ReferenceTable.Load($"08_io_leontief/inputs/{system}_delta_y.csv").Numbers("delta_y");
        var a = Leontief.Coefficients(z, x);
        var deltaX = Leontief.Output(a, deltaY);
        AnalyticsAssert.Close(ReferenceTable.Load($"08_io_leontief/expected/{system}_scenario_delta_x.csv").Numbers("delta_x"), deltaX, what: "delta x");
        var s = Stressors.Coefficients(f, x);
        var expected = ReferenceTable.Load($"08_io_leontief/expected/{system}_scenario_delta_factors.csv").Numbers("delta");
        for (var k = 0; k < s.Rows; k++)
        {
            AnalyticsAssert.Close(expected[k], System.Numerics.Tensors.TensorPrimitives.Dot(s.Row(k), deltaX), what: $"delta factor {k}");
        }
    }

    internal static (Matrix Z, double[] X, double[] FinalDemand) Load(string system)
    {
        var z = ReferenceTable.Load($"08_io_leontief/inputs/{system}_Z.csv").ToMatrix();
        var y = ReferenceTable.Load($"08_io_leontief/inputs/{system}_Y.csv").ToMatrix();
        var finalDemand = y.RowSums();
        var x = z.RowSums();
        for (var i = 0; i < x.Length; i++)
        {
            x[i] += finalDemand[i];
        }

        return (z, x, finalDemand);
    }
}
