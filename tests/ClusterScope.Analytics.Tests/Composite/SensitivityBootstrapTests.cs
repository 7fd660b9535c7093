using ClusterScope.Analytics.Composite;

namespace ClusterScope.Analytics.Tests.Composite;

public class SensitivityBootstrapTests
{
    // y = x1 + 2 x2 with a third, dummy input: V = 1/12 + 4/12, so S1 = 0.2, S2 = 0.8, S3 = 0 exactly.
    private static double Model(double[] x) => x[0] + (2 * x[1]) + (0 * x[2]);

    private static double[] Outputs(int n, int seed) => SensitivityIndices.Design(n, 3, seed).Select(Model).ToArray();

    [Fact]
    public void Bootstrap_interval_contains_the_estimate()
    {
        foreach (var seed in new[] { 1, 2, 3, 4, 5 })
        {
            var y = Outputs(1000, seed);
            var estimate = SensitivityIndices.Estimate(y, 1000, 3);
            var bootstrap = SensitivityIndices.Bootstrap(y, 1000, 3, 500, seed);
            for (var i = 0; i < 3; i++)
            {
                Assert.True(bootstrap.FirstOrder[i].Contains(estimate.FirstOrder[i]), $"seed {seed}, S{i + 1} {estimate.FirstOrder[i]} outside {bootstrap.FirstOrder[i]}");
                Assert.True(bootstrap.Total[i].Contains(estimate.Total[i]), $"seed {seed}, ST{i + 1} {estimate.Total[i]} outside {bootstrap.Total[i]}");
            }
        }
    }

    [Fact]
    public void Bootstrap_interval_narrows_as_the_base_sample_grows()
    {
        var small = SensitivityIndices.Bootstrap(Outputs(250, 7), 250, 3, 500, 7);
        var large = SensitivityIndices.Bootstrap(Outputs(4000, 7), 4000, 3, 500, 7);
        static double Width(SensitivityInterval i) => i.High - i.Low;
        // Widths go as 1/sqrt(N): 16 times the sample, about a quarter of the width; half is a safe bound.
        for (var i = 0; i < 2; i++)
        {
            Assert.True(Width(large.FirstOrder[i]) < Width(small.FirstOrder[i]) / 2, $"S{i + 1}: {large.FirstOrder[i]} vs {small.FirstOrder[i]}");
            Assert.True(Width(large.Total[i]) < Width(small.Total[i]) / 2, $"ST{i + 1}: {large.Total[i]} vs {small.Total[i]}");
        }
    }

    [Fact]
    public void Dummy_input_is_zero_within_noise_and_real_inputs_are_not()
    {
        var y = Outputs(1000, 11);
        var estimate = SensitivityIndices.Estimate(y, 1000, 3);
        var bootstrap = SensitivityIndices.Bootstrap(y, 1000, 3, 1000, 11);
        Assert.True(bootstrap.FirstOrder[2].ContainsZero, $"dummy S3 {estimate.FirstOrder[2]}, interval {bootstrap.FirstOrder[2]}");
        Assert.True(bootstrap.Total[2].ContainsZero, $"dummy ST3 interval {bootstrap.Total[2]}");
        Assert.False(bootstrap.FirstOrder[0].ContainsZero);
        Assert.False(bootstrap.FirstOrder[1].ContainsZero);
        Assert.True(bootstrap.FirstOrder[1].Contains(0.8) || Math.Abs(estimate.FirstOrder[1] - 0.8) < 0.05, $"S2 {estimate.FirstOrder[1]}");
    }

    [Fact]
    public void An_input_acting_only_through_interactions_has_a_first_order_index_of_0_within_noise()
    {
        // Ishigami (Saltelli et al. 2010, section 5): x3 has S3 = 0 but ST3 = 0.2437; its estimate of S3 is noise around 0.
        static double Ishigami(double[] u)
        {
            var x = u.Select(v => Math.PI * ((2 * v) - 1)).ToArray();
            return Math.Sin(x[0]) + (7 * Math.Pow(Math.Sin(x[1]), 2)) + (0.1 * Math.Pow(x[2], 4) * Math.Sin(x[0]));
        }

        foreach (var seed in new[] { 1, 2, 3 })
        {
            var y = SensitivityIndices.Design(2000, 3, seed).Select(Ishigami).ToArray();
            var estimate = SensitivityIndices.Estimate(y, 2000, 3);
            var bootstrap = SensitivityIndices.Bootstrap(y, 2000, 3, 1000, seed);
            Assert.NotEqual(0, estimate.FirstOrder[2]);
            Assert.True(bootstrap.FirstOrder[2].ContainsZero, $"seed {seed}: S3 {estimate.FirstOrder[2]}, interval {bootstrap.FirstOrder[2]}");
            Assert.False(bootstrap.Total[2].ContainsZero, $"seed {seed}: ST3 interval {bootstrap.Total[2]}");
        }
    }

    [Fact]
    public void Bootstrap_is_reproducible_from_its_seed()
    {
        var y = Outputs(300, 3);
        var first = SensitivityIndices.Bootstrap(y, 300, 3, 200, 42);
        var again = SensitivityIndices.Bootstrap(y, 300, 3, 200, 42);
        Assert.Equal(first.FirstOrder, again.FirstOrder);
        Assert.Equal(first.Total, again.Total);
        Assert.NotEqual(first.FirstOrder, SensitivityIndices.Bootstrap(y, 300, 3, 200, 43).FirstOrder);
    }

    [Fact]
    public void Bootstrap_rejects_bad_sizes_by_name()
    {
        var y = Outputs(10, 1);
        Assert.Equal("y", Assert.Throws<ArgumentException>(() => SensitivityIndices.Bootstrap(y, 11, 3, 100, 1)).ParamName);
        Assert.Equal("resamples", Assert.Throws<ArgumentOutOfRangeException>(() => SensitivityIndices.Bootstrap(y, 10, 3, 1, 1)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => SensitivityIndices.Bootstrap(y, 10, 3, 100, 1, 1.0)).ParamName);
    }
}
