namespace ClusterScope.Analytics.Composite;

/// <summary>Deterministic uncertainty analysis: the index recomputed under every combination of alternative choices.</summary>
/// <remarks>OECD/JRC (2008) <i>Handbook on Constructing Composite Indicators</i>, step 7 (uncertainty analysis);
/// Saisana, Saltelli and Tarantola (2005), <i>J. R. Stat. Soc. A</i> 168(2). Each scenario runs the whole pipeline
/// (<see cref="CompositeIndex.Compute"/>), so imputation and treatment are redone; ranks are COINr's (ties "min").</remarks>
public static class ScenarioAnalysis
{
    /// <summary>All combinations of the alternatives, imputation varying fastest, then normalisation, aggregation and weights.</summary>
    /// <remarks>The order of the case-07 scenario table (<c>UA_scenarios.csv</c>). Treatment and the data-availability
    /// threshold come from <paramref name="nominal"/>.</remarks>
    public static IReadOnlyList<CompositeSpec> Grid(CompositeSpec nominal, IReadOnlyList<ImputationSpec> imputations,
        IReadOnlyList<NormalisationSpec> normalisations, IReadOnlyList<AggregationSpec> aggregations, IReadOnlyList<WeightSpec> weights)
    {
        ArgumentNullException.ThrowIfNull(nominal);
        return (from w in weights
                from a in aggregations
                from n in normalisations
                from i in imputations
                select nominal with { Imputation = i, Normalisation = n, Aggregation = [a], Weights = w }).ToArray();
    }

    /// <summary>Runs every scenario and summarises each unit's rank on <paramref name="code"/> (default: the index).</summary>
    /// <remarks>COINr <c>get_sensitivity</c>'s rank statistics computed over a fixed scenario list instead of a random
    /// sample: mean, median, 5 % and 95 % quantiles (R type 7), minimum and maximum; nominal = <paramref name="nominal"/>.</remarks>
    /// <exception cref="ArgumentException">A scenario cannot be computed (e.g. a geometric mean of a zero); the message
    /// names the scenario number.</exception>
    public static ScenarioResult Run(CompositeData data, CompositeFramework framework, CompositeSpec nominal,
        IReadOnlyList<CompositeSpec> scenarios, string? code = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(scenarios);
        var baseline = CompositeIndex.Compute(data, framework, nominal);
        code ??= baseline.TopCodes[0];
        var units = data.Raw.Units;
        var scores = new double[scenarios.Count][];
        var ranks = new double[scenarios.Count][];
        for (var s = 0; s < scenarios.Count; s++)
        {
            try
            {
                var result = CompositeIndex.Compute(data, framework, scenarios[s]);
                scores[s] = result.Scores(code);
                ranks[s] = Ranking.Descending(scores[s]);
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"Scenario {s + 1}: {e.Message}", nameof(scenarios), e);
            }
        }

        var names = Enumerable.Range(1, scenarios.Count).Select(s => $"S{s}").ToArray();
        var nominalRanks = baseline.Ranks(code);
        var summary = units.Select((u, r) => RankStatistics.From(u, nominalRanks[r], ranks.Select(c => c[r]).ToArray())).ToArray();
        return new ScenarioResult(scenarios, IndicatorMatrix.FromColumns(units, names, scores),
            IndicatorMatrix.FromColumns(units, names, ranks), summary);
    }
}
