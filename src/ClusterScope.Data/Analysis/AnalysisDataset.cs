namespace ClusterScope.Data.Analysis;

/// <summary>A region x industry matrix the database can build for the analysis page and API.</summary>
/// <param name="Code">Stable code used in URLs, e.g. <c>census-employment</c>.</param>
/// <param name="NameEn">English name.</param>
/// <param name="NameZh">Chinese name.</param>
/// <param name="IsSample">Whether the figures are generated sample.</param>
/// <param name="HasYears">Whether the user picks a year.</param>
/// <param name="Note">How the matrix is made, shown beside the result.</param>
/// <param name="NoteZh">The same in Chinese.</param>
/// <param name="Input">Whether it is a region x industry matrix or plant records.</param>
public sealed record AnalysisDataset(string Code, string NameEn, string NameZh, bool IsSample, bool HasYears, string Note, string NoteZh, MeasureInput Input = MeasureInput.RegionIndustry)
{
    /// <summary>Whether <paramref name="measure"/> can run on this dataset (shift-share needs years).</summary>
    public bool Accepts(MeasureDefinition measure) =>
        measure is not null && measure.Input == Input && (!measure.IsPanel || HasYears);
}
