using ClusterScope.Analytics.Composite;

namespace ClusterScope.Analytics.Tests.Composite;

public class DiagnosticsTests
{
    [Fact]
    public void Cronbach_alpha_of_each_pillar_matches_COINr_get_cronbach()
    {
        var result = CompositeIndex.Compute(Case07.Data(), Case07.Framework());
        var expected = ReferenceTable.Load($"{Case07.Folder}/expected/cronbach_alpha.csv");
        var pillars = expected.Text("pillar");
        for (var k = 0; k < pillars.Length; k++)
        {
            AnalyticsAssert.Close(expected.Numbers("cronbach_normalised")[k], CronbachAlpha.Compute(result, pillars[k]), what: pillars[k]);
        }
    }

    [Fact]
    public void Cronbach_alpha_is_one_for_identical_items_by_hand()
    {
        // two identical items with variance v: alpha = 2 (1 - 2v / 4v) = 1
        var m = Matrix.From([[1, 1], [2, 2], [4, 4]]);
        AnalyticsAssert.Close(1, CronbachAlpha.Compute(m));
    }

    [Theory]
    [InlineData("correlations_indicator_pillar.csv", false)]
    [InlineData("correlations_indicator_index.csv", true)]
    public void Indicator_correlations_match_COINr_get_corr(string file, bool withIndex)
    {
        var result = CompositeIndex.Compute(Case07.Data(), Case07.Framework());
        var correlations = CompositeDiagnostics.Correlations(result);
        var expected = ReferenceTable.Load($"{Case07.Folder}/expected/{file}");
        var aggregates = expected.Text("Var1");
        var indicators = expected.Text("Var2");
        for (var k = 0; k < aggregates.Length; k++)
        {
            var found = correlations.Single(c => c.Indicator == indicators[k] && c.Aggregate == aggregates[k]);
            AnalyticsAssert.Close(expected.Numbers("Correlation")[k], found.R, what: $"{aggregates[k]} {indicators[k]}");
            Assert.False(found.Negative || found.NearZero);
        }

        Assert.Equal(9, correlations.Count(c => (c.Aggregate == "INDEX") == withIndex));
    }

    [Fact]
    public void An_indicator_with_the_wrong_direction_is_flagged_negative()
    {
        var framework = Case07.Framework();
        var flipped = framework with
        {
            Indicators = framework.Indicators.Select(i => i.Code == "pollut" ? i with { Direction = Direction.Positive } : i).ToArray(),
        };
        var correlations = CompositeDiagnostics.Correlations(CompositeIndex.Compute(Case07.Data(), flipped));
        Assert.Contains(correlations, c => c.Indicator == "pollut" && c.Aggregate == "GREEN" && c.Negative);
    }
}
