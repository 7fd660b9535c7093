namespace ClusterScope.Domain.Programmes;

/// <summary>One line of the disbursement ledger; entries are never edited, only reversed.</summary>
/// <param name="Sequence">Position in the ledger, from 1.</param>
/// <param name="Kind">Payable, payment or reversal.</param>
/// <param name="Award">The award it belongs to.</param>
/// <param name="Amount">Yuan: positive for payables and payments, the negative of the reversed entry for a reversal.</param>
/// <param name="Reverses">For a reversal, the sequence of the entry it cancels.</param>
/// <param name="IdempotencyKey">The key the entry was recorded under; a retry with the same key records nothing new.</param>
/// <param name="RecordedAt">When it was recorded.</param>
/// <param name="Note">Why (for reversals) or the payment reference.</param>
public sealed record LedgerEntry(long Sequence, LedgerEntryKind Kind, ApprovedAward Award, decimal Amount, long? Reverses,
    string IdempotencyKey, DateTimeOffset RecordedAt, string? Note);
