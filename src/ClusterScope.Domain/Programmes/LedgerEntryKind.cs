namespace ClusterScope.Domain.Programmes;

/// <summary>What a ledger entry records.</summary>
public enum LedgerEntryKind
{
    /// <summary>An approved award became payable.</summary>
    Payable,

    /// <summary>Money was paid against a payable award.</summary>
    Payment,

    /// <summary>A correction: cancels an earlier payable or payment by its negative.</summary>
    Reversal,
}
