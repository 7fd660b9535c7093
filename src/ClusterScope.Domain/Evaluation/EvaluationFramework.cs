using ClusterScope.Analytics.Composite;

namespace ClusterScope.Domain.Evaluation;

/// <summary>An evaluation framework as data: the indicator tree, the method, and the rules that turn scores into
/// rankings, awards and demotions.</summary>
/// <remarks>The C# form of a framework file (<c>docs/evaluation/framework-format.md</c>, format version
/// <see cref="CurrentFormatVersion"/>). The tree is fixed at three levels, indicators -> dimensions -> index, as in the
/// OECD/JRC (2008) Handbook; weights are relative within the parent. Pure data: <see cref="ToComposite"/> and
/// <see cref="EvaluationMethod.ToSpec"/> map it onto the Analytics engine.</remarks>
/// <param name="Code">Stable code, e.g. <c>national-etdz-2021</c>.</param>
/// <param name="Version">The framework's version (e.g. the edition year); a run names the code and version it used.</param>
/// <param name="Name">Display name.</param>
/// <param name="Index">The composite index at the top.</param>
/// <param name="Dimensions">The dimensions, in display order.</param>
/// <param name="Indicators">The indicators, in display order.</param>
/// <param name="Method">Imputation, treatment, normalisation, aggregation, weights, data availability.</param>
public sealed record EvaluationFramework(string Code, string Version, string Name, FrameworkIndex Index,
    IReadOnlyList<FrameworkDimension> Dimensions, IReadOnlyList<FrameworkIndicator> Indicators, EvaluationMethod Method) : IBilingualName
{
    /// <summary>Display name in Chinese.</summary>
    public string? NameZh { get; init; }

    /// <summary><see cref="Description"/> in Chinese.</summary>
    public string? DescriptionZh { get; init; }

    /// <summary>The framework file format this type mirrors.</summary>
    public const int CurrentFormatVersion = 1;

    /// <summary>What the framework is for and where it comes from.</summary>
    public string? Description { get; init; }

    /// <summary>The documents the framework is built from (titles or addresses).</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>What the Monte Carlo uncertainty analysis varies.</summary>
    public UncertaintyOptions Uncertainty { get; init; } = new();

    /// <summary>Weights that differ by unit group, for the group scores and rankings.</summary>
    public IReadOnlyList<GroupWeights> GroupWeights { get; init; } = [];

    /// <summary>Conditions every ranked unit must meet.</summary>
    public IReadOnlyList<HardThreshold> HardThresholds { get; init; } = [];

    /// <summary>"At least k of n" conditions every ranked unit must meet.</summary>
    public IReadOnlyList<AtLeastRule> AtLeastRules { get; init; } = [];

    /// <summary>Whether results are published as ranks only, without scores.</summary>
    public bool RanksOnly { get; init; }

    /// <summary>Award rules applied to each run.</summary>
    public IReadOnlyList<AwardRule> Awards { get; init; } = [];

    /// <summary>Demotion rule evaluated over runs, if any.</summary>
    public DemotionRule? Demotion { get; init; }

    /// <summary>The tree as the Analytics engine takes it.</summary>
    /// <remarks>Indicators keep their direction, weight and target; dimensions feed <see cref="Index"/>.</remarks>
    public CompositeFramework ToComposite() => new(
        Indicators.Select(i => new IndicatorNode(i.Code, i.Dimension, i.Direction, i.Weight, i.Target)).ToArray(),
        [.. Dimensions.Select(d => new AggregateNode(d.Code, Index.Code, d.Weight)), new AggregateNode(Index.Code)]);

    /// <summary>The framework without the indicators <paramref name="codes"/>, and without dimensions left empty.</summary>
    /// <remarks>For data that lack an indicator entirely: weights are relative within the parent, so the remaining
    /// weights renormalise by themselves. Rules are kept as they are (see <see cref="Evaluator"/> for what happens to
    /// rules on indicators without data).</remarks>
    public EvaluationFramework Without(IEnumerable<string> codes)
    {
        var drop = codes.ToHashSet(StringComparer.Ordinal);
        var indicators = Indicators.Where(i => !drop.Contains(i.Code)).ToArray();
        var used = indicators.Select(i => i.Dimension).ToHashSet(StringComparer.Ordinal);
        return this with { Indicators = indicators, Dimensions = Dimensions.Where(d => used.Contains(d.Code)).ToArray() };
    }

    /// <summary>The weight specification for units of <paramref name="group"/>: the group's weights over the framework's.</summary>
    /// <remarks><see langword="null"/> when the group has no weights of its own.</remarks>
    public WeightSpec.Given? WeightsFor(string group)
    {
        var own = GroupWeights.FirstOrDefault(g => string.Equals(g.Group, group, StringComparison.Ordinal));
        if (own is null)
        {
            return null;
        }

        var weights = Indicators.ToDictionary(i => i.Code, i => i.Weight, StringComparer.Ordinal);
        foreach (var d in Dimensions)
        {
            weights[d.Code] = d.Weight;
        }

        foreach (var (code, weight) in own.Weights.Where(w => weights.ContainsKey(w.Key)))
        {
            weights[code] = weight;
        }

        return new WeightSpec.Given(weights);
    }
}
