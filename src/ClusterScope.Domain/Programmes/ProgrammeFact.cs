namespace ClusterScope.Domain.Programmes;

/// <summary>A published figure about a programme (e.g. enterprises supported in a year), kept beside its rules with its source.</summary>
/// <param name="Code">Stable code, e.g. <c>enterprises_supported</c>.</param>
/// <param name="NameEn">What the figure counts, in English.</param>
/// <param name="NameZh">What the figure counts, in Chinese.</param>
/// <param name="Value">The figure.</param>
/// <param name="Unit">Its unit, e.g. "enterprises", "CNY".</param>
/// <param name="Year">The year it refers to.</param>
/// <param name="Source">Where it is published.</param>
public sealed record ProgrammeFact(string Code, string NameEn, string NameZh, decimal Value, string Unit, int Year, string Source);
