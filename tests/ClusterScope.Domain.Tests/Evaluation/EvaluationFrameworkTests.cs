using ClusterScope.Analytics.Composite;
using ClusterScope.Domain.Evaluation;

namespace ClusterScope.Domain.Tests.Evaluation;

public class EvaluationFrameworkTests
{
    [Fact]
    public void The_tree_maps_onto_the_engine_framework()
    {
        var composite = Frameworks.Small().ToComposite();
        Assert.Equal(["x", "y", "z"], composite.Indicators.Select(i => i.Code));
        Assert.Equal(new IndicatorNode("y", "D1", Direction.Negative, 1), composite.Indicators[1]);
        Assert.Equal([new AggregateNode("D1", "INDEX"), new AggregateNode("D2", "INDEX"), new AggregateNode("INDEX")], composite.Aggregates);
    }

    [Fact]
    public void One_aggregation_is_given_when_both_levels_agree_and_two_when_they_differ()
    {
        var method = EvaluationMethod.Default;
        Assert.Single(method.ToSpec().Aggregation);
        var mixed = method with { IndexAggregation = new AggregationSpec.GeometricMean() };
        Assert.Equal([new AggregationSpec.ArithmeticMean(), new AggregationSpec.GeometricMean()], mixed.ToSpec().Aggregation);
    }

    [Fact]
    public void Dropping_indicators_drops_dimensions_left_empty()
    {
        var framework = Frameworks.Small().Without(["z"]);
        Assert.Equal(["x", "y"], framework.Indicators.Select(i => i.Code));
        Assert.Equal(["D1"], framework.Dimensions.Select(d => d.Code));
    }

    [Fact]
    public void Group_weights_override_the_framework_weights_they_name()
    {
        var framework = Frameworks.Small() with { GroupWeights = [new GroupWeights("West", new Dictionary<string, double> { ["D2"] = 4 })] };
        var weights = framework.WeightsFor("West")!.Weights;
        Assert.Equal((3.0, 1.0, 1.0, 1.0, 4.0), (weights["x"], weights["y"], weights["z"], weights["D1"], weights["D2"]));
        Assert.Null(framework.WeightsFor("East"));
    }

    [Fact]
    public void Uncertainty_options_become_a_seeded_Monte_Carlo_spec()
    {
        var spec = new UncertaintyOptions(0.2, VaryInclusion: true).ToSpec(1000, 7);
        Assert.Equal(new MonteCarloSpec(1000, 7, 0.2, null, null, true), spec);
    }
}
