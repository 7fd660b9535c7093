using ClusterScope.Analytics.Complexity;

namespace ClusterScope.Analytics.Tests.Complexity;

/// <summary>EconGeo rounds M_cc and M_pp to 4 decimals; at an exact decimal tie the product must round as R's does.</summary>
public sealed class KnowledgeComplexityRoundingTests
{
    // Region 0 has industries 0-4 (diversity 5); region 1 shares industries 0, 1, 2, whose ubiquities are 24, 30 and 32.
    // M_cc[0, 1] = (1/5)(1/24 + 1/30 + 1/32) = 17/800 = 0.02125 exactly. Summed in doubles (in either order, with or without
    // FMA) it is 0.021249999999999998, which rounds to 0.0212; R's product is the double nearest 0.02125, just above the
    // tie, and R's round(, 4) gives 0.0213.
    private static Matrix TieNetwork()
    {
        var m = new Matrix(32, 5);
        for (var p = 0; p < 5; p++)
        {
            m[0, p] = 1;
        }

        for (var c = 1; c < 32; c++)
        {
            m[c, 2] = 1;
            m[c, 1] = c < 30 ? 1 : 0;
            m[c, 0] = c < 24 ? 1 : 0;
        }

        return m;
    }

    [Fact]
    public void An_exact_tie_of_17_over_800_rounds_up_as_R_does()
    {
        var m = TieNetwork();
        var diversity = Enumerable.Range(0, m.Rows).Select(c => m.Row(c).ToArray().Sum()).ToArray();
        var ubiquity = Enumerable.Range(0, m.Columns).Select(p => Enumerable.Range(0, m.Rows).Sum(c => m[c, p])).ToArray();
        Assert.Equal([24.0, 30, 32, 1, 1], ubiquity);
        Assert.Equal(5, diversity[0]);
        Assert.Equal(3, diversity[1]);

        var (mcc, _) = KnowledgeComplexity.RoundedTransitions(m, diversity, ubiquity);
        Assert.Equal(0.0212, RRound.Round((0.2 / 24) + (0.2 / 30) + (0.2 / 32), 4));
        Assert.Equal(0.0213, mcc[0, 1]);
        Assert.Equal(RRound.Round(0.02125, 4), mcc[0, 1]);
    }

    [Fact]
    public void The_exact_entry_is_the_double_nearest_the_rational_value()
    {
        Assert.Equal(0.02125, KnowledgeComplexity.Exact(3, _ => true, k => 5m * new[] { 24m, 30m, 32m }[k]));
        Assert.Equal(1.0 / 3, KnowledgeComplexity.Exact(3, _ => true, _ => 9m));
        Assert.Equal(0, KnowledgeComplexity.Exact(2, _ => false, _ => 7m));
    }

    [Fact]
    public void Rows_of_the_rounded_transition_matrices_still_sum_to_about_one()
    {
        var m = TieNetwork();
        var diversity = Enumerable.Range(0, m.Rows).Select(c => m.Row(c).ToArray().Sum()).ToArray();
        var ubiquity = Enumerable.Range(0, m.Columns).Select(p => Enumerable.Range(0, m.Rows).Sum(c => m[c, p])).ToArray();
        var (mcc, mpp) = KnowledgeComplexity.RoundedTransitions(m, diversity, ubiquity);
        for (var c = 0; c < mcc.Rows; c++)
        {
            Assert.InRange(mcc.Row(c).ToArray().Sum(), 1 - (mcc.Columns * 5e-5), 1 + (mcc.Columns * 5e-5));
        }

        for (var p = 0; p < mpp.Rows; p++)
        {
            Assert.InRange(mpp.Row(p).ToArray().Sum(), 1 - (mpp.Columns * 5e-5), 1 + (mpp.Columns * 5e-5));
        }
    }
}
