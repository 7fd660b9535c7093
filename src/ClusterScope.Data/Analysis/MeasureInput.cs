namespace ClusterScope.Data.Analysis;

/// <summary>The input format a measure reads.</summary>
public enum MeasureInput
{
    /// <summary><c>region,industry,value</c> with an optional <c>year</c>.</summary>
    RegionIndustry,

    /// <summary><c>plant,region,industry,employment</c>.</summary>
    Plants,
}

/// <summary>A measure <see cref="AnalysisRunner"/> can compute: its name, input, output columns and what it is.</summary>
/// <param name="Name">The name the CLI and the API take.</param>
/// <param name="Input">The input format.</param>
/// <param name="Columns">The output columns.</param>
/// <param name="Description">What it computes and its options, as the CLI's help shows it.</param>
/// <param name="Title">A short English title for pages.</param>
/// <param name="TitleZh">The same in Chinese.</param>
/// <param name="Variants">The values <c>--variant</c> accepts, the default first; empty when the measure has no variants.</param>
/// <param name="Conventions">The values <c>--convention</c> accepts, the default first; empty when peers agree.</param>
/// <param name="By">The values <c>--by</c> accepts, the default first; empty when the measure is computed one way only.</param>
public sealed record MeasureDefinition(string Name, MeasureInput Input, string Columns, string Description, string Title, string TitleZh,
    IReadOnlyList<string> Variants, IReadOnlyList<string> Conventions, IReadOnlyList<string> By)
{
    /// <summary>A measure without variants, conventions or <c>--by</c>.</summary>
    public MeasureDefinition(string name, MeasureInput input, string columns, string description, string title, string titleZh)
        : this(name, input, columns, description, title, titleZh, [], [], [])
    {
    }

    /// <summary>The values <c>--proximity</c> accepts, the default first; empty when the measure has no proximity to choose.</summary>
    public IReadOnlyList<string> Proximities { get; init; } = [];

    /// <summary>Whether the measure reads every year of a panel (shift-share) rather than one year's matrix.</summary>
    public bool IsPanel { get; init; }

    /// <summary>The other options the measure reads (<c>steps</c>, <c>group</c>, <c>national</c>); any other is refused.</summary>
    public IReadOnlyList<string> Parameters { get; init; } = [];
}
