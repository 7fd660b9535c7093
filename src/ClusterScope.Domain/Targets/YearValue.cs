namespace ClusterScope.Domain.Targets;

/// <summary>One point of a yearly series.</summary>
/// <param name="Year">The calendar year.</param>
/// <param name="Value">The value in that year.</param>
public sealed record YearValue(int Year, double Value);
