using ClusterScope.Analytics.Composite;

namespace ClusterScope.Domain.Evaluation;

/// <summary>The outcome of one evaluation run: per-unit results and what the run had to leave out.</summary>
/// <param name="Framework">The framework as computed (without indicators the data lacked).</param>
/// <param name="Units">One result per unit of the data, in data order.</param>
/// <param name="DroppedIndicators">Indicators of the framework with no value at all in the data.</param>
/// <param name="Notes">Sentences about rules that could not be applied (e.g. no previous run for "most improved").</param>
/// <param name="Nominal">The engine's nominal result over the ranked units, with every stage.</param>
/// <param name="MonteCarlo">The uncertainty analysis, if run.</param>
public sealed record EvaluationResult(EvaluationFramework Framework, IReadOnlyList<UnitResult> Units, IReadOnlyList<string> DroppedIndicators,
    IReadOnlyList<string> Notes, CompositeResult Nominal, MonteCarloResult? MonteCarlo)
{
    /// <summary><see cref="Notes"/> in Chinese, in the same order.</summary>
    public IReadOnlyList<string> NotesZh { get; init; } = [];
}
