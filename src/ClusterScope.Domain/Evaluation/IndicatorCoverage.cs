namespace ClusterScope.Domain.Evaluation;

/// <summary>One indicator in a data-coverage report: which units lack it and what the run does about it.</summary>
/// <param name="Code">Indicator code.</param>
/// <param name="Name">Indicator name, as the framework gives it.</param>
/// <param name="MissingUnits">Units without a value, in data order.</param>
/// <param name="Action">What the run does.</param>
/// <param name="Treatment">The action in plain words, in English and Chinese.</param>
public sealed record IndicatorCoverage(string Code, string Name, IReadOnlyList<string> MissingUnits, CoverageAction Action, ExclusionReason Treatment)
    : IBilingualName
{
    /// <summary>The indicator's name in Chinese, where the framework gives one.</summary>
    public string? NameZh { get; init; }
}
