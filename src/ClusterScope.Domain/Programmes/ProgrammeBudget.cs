namespace ClusterScope.Domain.Programmes;

/// <summary>A programme's budget in yuan: the total and, where set, the amount for each year.</summary>
/// <param name="Total">Total budget over the programme's period.</param>
/// <param name="PerYear">Budget by calendar year; empty when only the total is set.</param>
public sealed record ProgrammeBudget(decimal Total, IReadOnlyDictionary<int, decimal> PerYear)
{
    /// <summary>The budget for <paramref name="year"/>: its own figure where set, else the total.</summary>
    public decimal For(int year) => PerYear.TryGetValue(year, out var amount) ? amount : Total;
}
