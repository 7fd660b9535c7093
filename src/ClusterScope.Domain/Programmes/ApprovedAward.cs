namespace ClusterScope.Domain.Programmes;

/// <summary>An award approved for payment: who gets how much from which programme for which year.</summary>
/// <param name="Id">The award's id, unique in the ledger.</param>
/// <param name="Enterprise">The enterprise's code.</param>
/// <param name="Programme">The programme's code.</param>
/// <param name="Year">The programme period (year) the award is for.</param>
/// <param name="Zone">The enterprise's zone code, for totals per zone; null when it has none.</param>
/// <param name="Amount">The amount in yuan, above zero.</param>
public sealed record ApprovedAward(string Id, string Enterprise, string Programme, int Year, string? Zone, decimal Amount);
