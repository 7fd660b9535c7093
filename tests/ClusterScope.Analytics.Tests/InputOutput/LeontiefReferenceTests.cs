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
}
