using ClusterScope.Domain.Registry;

namespace ClusterScope.Domain.Plausibility;

/// <summary>A figure that looks implausible: a note for the reviewer, never a rejection.</summary>
/// <param name="Rule">The rule that raised it.</param>
/// <param name="Kind">The kind of entity it is about.</param>
/// <param name="EntityCode">The entity it is about (for Benford, the zone; for parts above the whole, the whole).</param>
/// <param name="IndicatorCode">The indicator checked; null for Benford, which mixes all of a zone's figures.</param>
/// <param name="Period">The submitted period it is about; null for Benford.</param>
/// <param name="Message">Plain English with the numbers in it.</param>
/// <param name="MessageZh">The same in Chinese.</param>
/// <param name="Numbers">The figures by name (previous, current, change, band, n, mad, chi2, p, ...); all finite.</param>
public sealed record PlausibilityFlag(PlausibilityRule Rule, EntityKind Kind, string EntityCode, string? IndicatorCode,
    string? Period, string Message, string MessageZh, IReadOnlyDictionary<string, double> Numbers);
