using ClusterScope.Analytics.Composite;

namespace ClusterScope.Analytics.Tests.Composite;

public partial class CompositeIndexTests
{
    private static CompositeData RandomData(int units, int seed)
    {
        var random = new Random(seed);
        var codes = Case07.Indicators;
        var columns = codes.Select(_ => Enumerable.Range(0, units).Select(_ => 1 + (random.NextDouble() * 50)).ToArray()).ToArray();
        var raw = IndicatorMatrix.FromColumns(Enumerable.Range(0, units).Select(u => $"U{u:00}").ToArray(), codes, columns);
        return new CompositeData(raw);
    }

    private static readonly CompositeSpec NoTreatment = CompositeSpec.Default with { Treatment = new TreatmentSpec.None() };

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Index_never_falls_when_a_positively_directed_indicator_rises(int normalisation)
    {
        var spec = NoTreatment with { Normalisation = normalisation == 0 ? new NormalisationSpec.MinMax() : new NormalisationSpec.ZScore() };
        var framework = Case07.Framework();
        for (var seed = 0; seed < 20; seed++)
        {
            var data = RandomData(15, seed);
            var random = new Random(seed);
            var (unit, indicator) = (random.Next(15), random.Next(6));
            var before = CompositeIndex.Compute(data, framework, spec).Scores("INDEX");
            var raised = data.Raw.Values.Clone();
            raised[unit, indicator] += 1 + (random.NextDouble() * 20);
            var after = CompositeIndex.Compute(data with { Raw = data.Raw with { Values = raised } }, framework, spec).Scores("INDEX");
            Assert.True(after[unit] >= before[unit] - 1e-12, $"seed {seed}: {before[unit]} -> {after[unit]}");
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Index_is_invariant_to_a_change_of_unit_of_any_indicator(int normalisation)
    {
        var spec = NoTreatment with { Normalisation = normalisation == 0 ? new NormalisationSpec.MinMax() : new NormalisationSpec.ZScore() };
        var framework = Case07.Framework();
        for (var seed = 0; seed < 10; seed++)
        {
            var data = RandomData(12, seed);
            var random = new Random(100 + seed);
            var rescaled = data.Raw.Values.Clone();
            var indicator = random.Next(9);
            var (a, b) = (0.001 + (random.NextDouble() * 1000), (random.NextDouble() - 0.5) * 1e4);
            for (var r = 0; r < rescaled.Rows; r++)
            {
                rescaled[r, indicator] = (a * rescaled[r, indicator]) + b;
            }

            var before = CompositeIndex.Compute(data, framework, spec);
            var after = CompositeIndex.Compute(data with { Raw = data.Raw with { Values = rescaled } }, framework, spec);
            AnalyticsAssert.Close(before.Aggregated.Values, after.Aggregated.Values, 1e-9, 1e-9);
        }
    }

    [Fact]
    public void Equal_weights_reproduce_the_unweighted_mean_of_the_children()
    {
        var framework = Case07.Framework();
        var result = CompositeIndex.Compute(RandomData(10, 4), framework, NoTreatment with { Weights = new WeightSpec.Equal() });
        for (var u = 0; u < 10; u++)
        {
            var pillars = new[] { "INDU", "INNO", "GREEN" }.Select(p => result.Scores(p)[u]).ToArray();
            AnalyticsAssert.Close(pillars.Average(), result.Scores("INDEX")[u]);
            var indu = new[] { "cl_output", "cl_growth", "lead_ent" }.Select(i => result.Normalised.Column(i)[u]).Average();
            AnalyticsAssert.Close(indu, result.Scores("INDU")[u]);
        }
    }

    [Fact]
    public void Index_of_each_unit_does_not_depend_on_the_order_of_the_units()
    {
        var data = RandomData(14, 8);
        AnalyticsAssert.RowPermutationInvariant(data.Raw.Values,
            m => CompositeIndex.Compute(new CompositeData(data.Raw with { Values = m }), Case07.Framework()).Scores("INDEX"));
    }

    [Fact]
    public void Units_below_the_data_availability_threshold_are_excluded_with_the_reason()
    {
        var data = Case07.Data();
        var values = data.Raw.Values.Clone();
        for (var c = 0; c < 5; c++)
        {
            values[2, c] = double.NaN;
        }

        var result = CompositeIndex.Compute(data with { Raw = data.Raw with { Values = values } }, Case07.Framework(),
            CompositeSpec.Default with { MinimumDataAvailability = 0.6 });
        var exclusion = Assert.Single(result.Exclusions);
        Assert.Equal("DZ03", exclusion.Unit);
        AnalyticsAssert.Close(4.0 / 9, exclusion.Availability);
        Assert.Contains("below the threshold", exclusion.Reason, StringComparison.Ordinal);
        Assert.True(double.IsNaN(result.Ranks()[2]));
        Assert.Equal(Enumerable.Range(1, 19).Select(r => (double)r), result.Ranks().Where(r => !double.IsNaN(r)).Order());
    }

    [Fact]
    public void Missing_children_are_dropped_and_the_weights_renormalised_without_imputation()
    {
        // DZ02 lacks rd_int (weight 1 of 1, 0.5, 1 in INNO): INNO = (0.5 incub + 1 hightech_sh) / 1.5
        var result = CompositeIndex.Compute(Case07.Data(), Case07.Framework(), NoTreatment with { Imputation = new ImputationSpec.None() });
        var n = result.Normalised;
        AnalyticsAssert.Close(((0.5 * n.Column("incub")[1]) + n.Column("hightech_sh")[1]) / 1.5, result.Scores("INNO")[1]);
    }

    [Fact]
    public void Principal_component_weights_are_squared_loadings_summing_to_one()
    {
        // two perfectly correlated indicators and one independent: leading eigenvector of [[1,1,0],[1,1,0],[0,0,1]]
        // is (1, 1, 0)/sqrt 2 with eigenvalue 2 -> weights 0.5, 0.5, 0
        var m = Matrix.From([[1, 2, 2], [2, 4, 0], [3, 6, 0], [4, 8, 2]]);
        AnalyticsAssert.Close([0.5, 0.5, 0], Weighting.PrincipalComponent(m), 1e-9, 1e-12);
        var result = CompositeIndex.Compute(Case07.Data(), Case07.Framework(), CompositeSpec.Default with { Weights = new WeightSpec.PrincipalComponent() });
        AnalyticsAssert.Close(1, new[] { "cl_output", "cl_growth", "lead_ent" }.Sum(c => result.Weights[c]));
    }

    [Fact]
    public void Group_and_previous_period_imputation_fill_from_the_right_values()
    {
        // DZ17 (national) lacks cl_growth: national values -1.839, 15.489, 4.527, 5.442, 11.242 -> mean 34.861 / 5
        var data = Case07.Data();
        var imputed = Imputation.Impute(data, new ImputationSpec.GroupMean());
        AnalyticsAssert.Close((-1.839 + 15.489 + 4.527 + 5.442 + 11.242) / 5, imputed.Column("cl_growth")[16]);
        var previous = data.Raw with { Values = data.Raw.Values.Clone() };
        previous.Values[16, 1] = 7.5;
        var carried = Imputation.Impute(data with { Previous = previous }, new ImputationSpec.CarryLastPeriod());
        Assert.Equal(7.5, carried.Column("cl_growth")[16]);
        Assert.True(double.IsNaN(carried.Column("rd_int")[1]));
        var error = Assert.Throws<ArgumentException>(() => Imputation.Impute(data with { Groups = null }, new ImputationSpec.GroupMedian()));
        Assert.Contains("group", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_framework_that_does_not_match_the_data_is_refused_by_name()
    {
        var framework = Case07.Framework();
        var broken = framework with { Indicators = framework.Indicators.Select(i => i.Code == "pollut" ? i with { Parent = "GREENER" } : i).ToArray() };
        var error = Assert.Throws<ArgumentException>(() => CompositeIndex.Compute(Case07.Data(), broken));
        Assert.Contains("'GREENER'", error.Message, StringComparison.Ordinal);
    }
}
