namespace ClusterScope.Data.Registry;

/// <summary>Where the figures behind a derived number come from: of <paramref name="Figures"/> inputs, <paramref name="Sample"/> are
/// generated sample; a number with any sample input is itself sample.</summary>
/// <param name="Sample">Inputs that are generated sample.</param>
/// <param name="Figures">Inputs in all.</param>
public sealed record FigureProvenance(int Sample, int Figures)
{
    /// <summary>Whether any input is sample, so the number derived from them is sample too.</summary>
    public bool IsSample => Sample > 0;

    /// <summary>The provenance of the given inputs, true meaning sample.</summary>
    public static FigureProvenance Of(IEnumerable<bool> isSample) =>
        isSample.Aggregate(new FigureProvenance(0, 0), (p, sample) => new FigureProvenance(p.Sample + (sample ? 1 : 0), p.Figures + 1));
}
