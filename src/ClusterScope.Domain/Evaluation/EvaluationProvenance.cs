namespace ClusterScope.Domain.Evaluation;

/// <summary>Which results of an evaluation rest on generated sample figures, and how many of the figures are sample.</summary>
/// <remarks>A result computed from any sample input is itself sample. Every ranked unit's score, rank and awards depend on
/// the values of all ranked units (imputation means, normalisation bounds), so they are sample as soon as one ranked
/// unit's figure is; an exclusion rests on the unit's own figures only. A figure approved from a real submission is real.</remarks>
/// <param name="SampleFigures">Input figures that are sample.</param>
/// <param name="Figures">Input figures the evaluation read (reported values of the framework's indicators).</param>
/// <param name="UnitSample">Per unit, in the order of the result: whether its result is sample.</param>
/// <param name="UnitSampleFigures">Per unit: how many of its own figures are sample.</param>
public sealed record EvaluationProvenance(int SampleFigures, int Figures, IReadOnlyList<bool> UnitSample, IReadOnlyList<int> UnitSampleFigures)
{
    /// <summary>"Based on N sample figures of M" in English and Chinese, with the English plural right.</summary>
    public static (string En, string Zh) Note(int sampleFigures, int figures) => (
        FormattableString.Invariant($"Based on {sampleFigures} sample {(sampleFigures == 1 ? "figure" : "figures")} of {figures}."),
        FormattableString.Invariant($"依据 {figures} 个数据，其中 {sampleFigures} 个为样本数据。"));

    /// <summary>The provenance of <paramref name="result"/>, computed on <paramref name="data"/>.</summary>
    /// <param name="result">The evaluation.</param>
    /// <param name="data">Its raw input (units x indicator codes, NaN where missing), in the order of the result's units.</param>
    /// <param name="isSample">Whether the figure of a unit and indicator code is sample.</param>
    public static EvaluationProvenance Of(EvaluationResult result, Analytics.Composite.IndicatorMatrix data, Func<string, string, bool> isSample)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(isSample);
        var codes = result.Framework.Indicators.Select(i => i.Code).Where(data.Codes.Contains).ToArray();
        var figures = new int[data.Units.Count];
        var sample = new int[data.Units.Count];
        for (var r = 0; r < data.Units.Count; r++)
        {
            foreach (var code in codes.Where(c => !double.IsNaN(data.Values[r, data.IndexOf(c)])))
            {
                figures[r]++;
                sample[r] += isSample(data.Units[r], code) ? 1 : 0;
            }
        }

        var ranked = result.Units.Select(u => !double.IsNaN(u.Rank)).ToArray();
        var rankingIsSample = Enumerable.Range(0, ranked.Length).Any(r => ranked[r] && sample[r] > 0);
        var unitSample = Enumerable.Range(0, ranked.Length).Select(r => ranked[r] ? rankingIsSample : sample[r] > 0).ToArray();
        return new EvaluationProvenance(sample.Sum(), figures.Sum(), unitSample, sample);
    }
}
