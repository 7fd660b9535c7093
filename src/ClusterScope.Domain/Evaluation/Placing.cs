namespace ClusterScope.Domain.Evaluation;

/// <summary>Where a unit was placed in one year's ranking (its group's or the overall one).</summary>
/// <param name="Unit">The unit code.</param>
/// <param name="Year">The year of the run.</param>
/// <param name="Rank">Rank within the ranking, 1 = best.</param>
/// <param name="RankedCount">How many units that ranking had.</param>
public sealed record Placing(string Unit, int Year, int Rank, int RankedCount);
