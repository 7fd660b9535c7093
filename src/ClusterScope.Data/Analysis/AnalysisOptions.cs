using ClusterScope.Analytics;

namespace ClusterScope.Data.Analysis;

/// <summary>Options shared by the measures of <see cref="AnalysisRunner"/>; each measure reads the ones it documents.</summary>
/// <param name="Threshold">The RCA/LQ cut for binary presence (<c>&gt;=</c>), default 1.</param>
/// <param name="Year">The one year to analyse; null for every year of the file (or its only matrix).</param>
/// <param name="Convention">A peer's convention by name where the measure offers several (e.g. <c>econgeo</c>, <c>reat</c>, <c>pyecomplexity</c>).</param>
/// <param name="Variant">A measure's variant by name (e.g. Gini <c>locational</c>, Herfindahl <c>normalised</c>).</param>
/// <param name="Rounding">Full precision (default) or a peer's rounding.</param>
/// <param name="Population">Population (or any reference) by region label, for population-referenced measures.</param>
/// <param name="BaseYear">Shift-share base year; default the first year of the file.</param>
/// <param name="EndYear">Shift-share end year; default the last year of the file.</param>
/// <param name="By">What a measure with two orientations is computed per: Herfindahl <c>region</c> (default) or <c>industry</c>.</param>
/// <param name="Proximity">The proximity behind density, COI and COG: <c>minimum</c> (default), <c>asymmetric</c> or <c>continuous</c>.</param>
/// <param name="Steps">Method of reflections: the number of steps (default EconGeo's, 20 for regions and 19 for industries).</param>
/// <param name="Group">Group co-agglomeration: the industries of the group (default every industry of the file).</param>
/// <param name="National">Shift-share: the nation's industry totals per year; null for the sum of the file's regions.</param>
public sealed record AnalysisOptions(double Threshold = 1, int? Year = null, string? Convention = null, string? Variant = null,
    Rounding Rounding = Rounding.None, IReadOnlyDictionary<string, double>? Population = null, int? BaseYear = null, int? EndYear = null,
    string? By = null, string? Proximity = null, int? Steps = null, IReadOnlyList<string>? Group = null, NationalTotals? National = null);
