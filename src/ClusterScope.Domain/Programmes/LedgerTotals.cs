namespace ClusterScope.Domain.Programmes;

/// <summary>Net amounts of a group of ledger entries, reversals deducted, in yuan.</summary>
/// <param name="Payable">Awarded and payable.</param>
/// <param name="Paid">Paid.</param>
public sealed record LedgerTotals(decimal Payable, decimal Paid)
{
    /// <summary>Payable but not yet paid.</summary>
    public decimal Outstanding => Payable - Paid;
}
