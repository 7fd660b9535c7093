using System.Globalization;
using ClusterScope.Analytics.Composite;

namespace ClusterScope.Analytics.Tests.Composite;

public class OutlierTreatmentTests
{
    private static double[] Vector() => ReferenceTable.Load($"{Case07.Folder}/inputs/treat_vector.csv").Numbers("x");

    private static ReferenceTable Expected(string file) => ReferenceTable.Load($"{Case07.Folder}/expected/{file}");

    [Fact]
    public void Skewness_and_kurtosis_are_e1071_type_2_on_a_hand_checked_vector()
    {
        // x = 1, 2, 3, 10: m = 4, d = -3, -2, -1, 6; sum d^2 = 50, sum d^3 = 180, sum d^4 = 1394
        // g1 = sqrt(4) 180 / 50^1.5 = 1.0182; skew = g1 sqrt(4 * 3) / 2 = 1.7636
        // r = 4 * 1394 / 2500 = 2.2304; kurt = ((5)(r - 3) + 6)(3) / (2 * 1) = 3.228
        double[] x = [1, 2, 3, 10];
        AnalyticsAssert.Close(2 * 180 / Math.Pow(50, 1.5) * Math.Sqrt(12) / 2, OutlierTreatment.Skewness(x));
        AnalyticsAssert.Close(((5 * ((4 * 1394.0 / 2500) - 3)) + 6) * 3 / 2, OutlierTreatment.Kurtosis(x));
    }

    [Fact]
    public void Skew_kurtosis_check_matches_COINr_check_SkewKurt()
    {
        var stats = Expected("treat_vector_stats.csv");
        var value = stats.Numbers("value");
        var check = OutlierTreatment.CheckSkewKurt(Vector());
        AnalyticsAssert.Close(value[0], check.Skew);
        AnalyticsAssert.Close(value[1], check.Kurtosis);
        Assert.False(check.Pass);
    }

    [Fact]
    public void Winsorise_matches_COINr_with_default_and_winmax_3_and_ties_accumulate()
    {
        var outputs = Expected("treat_vector_outputs.csv");
        var stats = Expected("treat_vector_stats.csv").Numbers("value");
        var byDefault = OutlierTreatment.Winsorise(Vector());
        AnalyticsAssert.Close(outputs.Numbers("winsorise_default"), byDefault.Values);
        Assert.Equal(outputs.Text("winsorise_default_flag").Select(f => f == "winhi"),
            byDefault.Points.Select(p => p == CellTreatment.WinsorisedHigh));
        Assert.Equal((int)stats[3], byDefault.Winsorised);
        AnalyticsAssert.Close(stats[5], byDefault.Checks[0].Skew);
        AnalyticsAssert.Close(stats[6], byDefault.Checks[0].Kurtosis);

        var three = OutlierTreatment.Winsorise(Vector(), winMax: 3);
        AnalyticsAssert.Close(outputs.Numbers("winsorise_winmax3"), three.Values);
        Assert.Equal((int)stats[4], three.Winsorised);
    }

    [Fact]
    public void Log_CT_matches_COINr()
    {
        var outputs = Expected("treat_vector_outputs.csv");
        AnalyticsAssert.Close(outputs.Numbers("log_CT"), OutlierTreatment.Log(Vector(), LogTransform.LogCt));
    }

    [Fact]
    public void Treat_defaults_winsorise_three_points_and_pass_as_COINr()
    {
        var procedure = Expected("treat_vector_Treat_procedure.csv");
        var outcome = OutlierTreatment.Treat(Vector(), new TreatmentSpec.Winsorise());
        AnalyticsAssert.Close(procedure.Numbers("Treat_default"), outcome.Values);
        AssertDetails(Expected("treat_vector_Treat_details_default.csv"), outcome);
        Assert.Equal(LogTransform.None, outcome.Transform);
    }

    [Fact]
    public void Treat_with_winmax_2_falls_back_to_log_CT_of_the_original_as_COINr()
    {
        var procedure = Expected("treat_vector_Treat_procedure.csv");
        var outcome = OutlierTreatment.Treat(Vector(), new TreatmentSpec.Winsorise(WinMax: 2));
        AnalyticsAssert.Close(procedure.Numbers("Treat_winmax2"), outcome.Values);
        AssertDetails(Expected("treat_vector_Treat_details_winmax2.csv"), outcome);
        Assert.Equal(LogTransform.LogCt, outcome.Transform);
        Assert.All(outcome.Points, p => Assert.True(p.HasFlag(CellTreatment.Transformed)));
    }

    [Fact]
    public void GII_log_is_the_formula_not_COINr_no_op()
    {
        // x = 1, 2, 5: max 5, min 1; ln(4 (x - 1)/4 + 1) = ln(x) here
        var y = OutlierTreatment.Log([1, 2, 5], LogTransform.LogGii);
        AnalyticsAssert.Close([0, Math.Log(2), Math.Log(5)], y);
    }

    [Fact]
    public void Natural_log_of_a_non_positive_value_is_refused_with_its_index()
    {
        var error = Assert.Throws<ArgumentException>(() => OutlierTreatment.Log([3, 0, 1], LogTransform.Natural));
        Assert.Contains("value 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Winsorising_from_below_mirrors_winsorising_from_above()
    {
        var random = new Random(11);
        for (var trial = 0; trial < 20; trial++)
        {
            var x = Enumerable.Range(0, 30).Select(_ => random.NextDouble()).Concat([25.0, 60.0]).ToArray();
            var high = OutlierTreatment.Winsorise(x);
            var low = OutlierTreatment.Winsorise(x.Select(v => -v).ToArray());
            AnalyticsAssert.Close(high.Values.Select(v => -v).ToArray(), low.Values);
            Assert.Equal(high.Winsorised, low.Winsorised);
            Assert.Equal(high.Points.Select(p => p == CellTreatment.WinsorisedHigh), low.Points.Select(p => p == CellTreatment.WinsorisedLow));
        }
    }

    private static void AssertDetails(ReferenceTable details, TreatmentOutcome outcome)
    {
        var row = details.Rows[0];
        for (var k = 0; k < outcome.Checks.Count; k++)
        {
            var check = outcome.Checks[k];
            var offset = k == 0 ? 1 : 2 + (3 * k);
            Assert.Equal(row[offset] == "TRUE", check.Pass);
            AnalyticsAssert.Close(ReferenceTable.ParseNumber(row[offset + 1]), check.Skew);
            AnalyticsAssert.Close(ReferenceTable.ParseNumber(row[offset + 2]), check.Kurtosis);
        }

        Assert.Equal(int.Parse(row[4], CultureInfo.InvariantCulture), outcome.Winsorised);
        Assert.Equal((details.Header.Length - 2) / 3, outcome.Checks.Count);
    }

    [Fact]
    public void Winsorising_a_single_outlier_away_stops_at_a_constant_column_instead_of_emptying_it()
    {
        // 0 everywhere but one 2 (one zone with national eco-industrial status): one pass leaves a constant column.
        var x = Enumerable.Repeat(0.0, 30).Append(2.0).ToArray();
        var outcome = OutlierTreatment.Winsorise(x);
        Assert.All(outcome.Values, v => Assert.Equal(0, v));
        Assert.Equal(1, outcome.Winsorised);
        var treated = OutlierTreatment.Treat(x, new TreatmentSpec.Winsorise(5, 2, 3.5, LogTransform.LogCt));
        Assert.All(treated.Values, v => Assert.True(double.IsFinite(v)));
    }
}
