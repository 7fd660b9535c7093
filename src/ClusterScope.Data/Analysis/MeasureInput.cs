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
public sealed record MeasureDefinition(string Name, MeasureInput Input, string Columns, string Description);
