using System.Globalization;

namespace ClusterScope.Domain.Programmes;

/// <summary>An append-only ledger of payable awards, payments and their reversals.</summary>
/// <remarks>Rules: an entry is never edited (a correction is a reversing entry); a request carries an idempotency key, and
/// a retry with the same key and content returns the entry already recorded while the same key with other content is
/// refused; an enterprise has at most one live payable per programme and year, and is never paid more than it is owed;
/// with an annual cap, an enterprise's live payables across programmes in one year stay within it. A refused request
/// writes nothing.</remarks>
public sealed class DisbursementLedger
{
    private readonly List<LedgerEntry> entries = [];
    private readonly Dictionary<string, LedgerEntry> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ApprovedAward> awards = new(StringComparer.Ordinal);

    /// <summary>Creates an empty ledger.</summary>
    /// <param name="annualCap">Most one enterprise may be awarded in one year across all programmes, in yuan; null for no cap.</param>
    public DisbursementLedger(decimal? annualCap = null)
    {
        if (annualCap < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(annualCap), annualCap, "The annual cap must not be below zero.");
        }

        AnnualCap = annualCap;
    }

    /// <summary>The annual cap across programmes, if any.</summary>
    public decimal? AnnualCap { get; }

    /// <summary>Every entry in the order recorded.</summary>
    public IReadOnlyList<LedgerEntry> Entries => entries;

    /// <summary>Records an approved award as payable.</summary>
    /// <exception cref="LedgerException">The key was used for something else; the award id is taken; the enterprise already
    /// has a live payable for this programme and year; or the annual cap would be exceeded.</exception>
    public LedgerEntry AddPayable(ApprovedAward award, string idempotencyKey, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(award);
        if (Replay(idempotencyKey, LedgerEntryKind.Payable, award.Id, award.Amount) is { } done)
        {
            return done;
        }

        if (award.Amount <= 0)
        {
            throw new LedgerException($"Award '{award.Id}': the amount {award.Amount} must be above zero.");
        }

        if (awards.ContainsKey(award.Id))
        {
            throw new LedgerException($"Award '{award.Id}' is already in the ledger.");
        }

        if (awards.Values.FirstOrDefault(a => a.Enterprise == award.Enterprise && a.Programme == award.Programme && a.Year == award.Year
            && Totals(e => e.Award.Id == a.Id).Payable > 0) is { } live)
        {
            throw new LedgerException(string.Create(CultureInfo.InvariantCulture,
                $"Enterprise '{award.Enterprise}' already has award '{live.Id}' from programme '{award.Programme}' for {award.Year}: reverse it before another."));
        }

        if (AnnualCap is { } cap)
        {
            var year = Totals(e => e.Award.Enterprise == award.Enterprise && e.Award.Year == award.Year).Payable;
            if (year + award.Amount > cap)
            {
                throw new LedgerException(string.Create(CultureInfo.InvariantCulture,
                    $"Award '{award.Id}': enterprise '{award.Enterprise}' would get {year + award.Amount} in {award.Year}, above the annual cap of {cap}."));
            }
        }

        awards[award.Id] = award;
        return Append(LedgerEntryKind.Payable, award, award.Amount, null, idempotencyKey, at, null);
    }

    /// <summary>Records a payment against a payable award.</summary>
    /// <exception cref="LedgerException">Unknown award; key used for something else; or more than is outstanding.</exception>
    public LedgerEntry RecordPayment(string awardId, decimal amount, string idempotencyKey, DateTimeOffset at, string? reference = null)
    {
        if (Replay(idempotencyKey, LedgerEntryKind.Payment, awardId, amount) is { } done)
        {
            return done;
        }

        if (!awards.TryGetValue(awardId, out var award))
        {
            throw new LedgerException($"Payment '{idempotencyKey}': award '{awardId}' is not in the ledger.");
        }

        var owed = Totals(e => e.Award.Id == awardId).Outstanding;
        if (amount <= 0 || amount > owed)
        {
            throw new LedgerException(string.Create(CultureInfo.InvariantCulture,
                $"Payment '{idempotencyKey}' of {amount} for award '{awardId}': {owed} is outstanding, and a payment must be above zero and no more than that."));
        }

        return Append(LedgerEntryKind.Payment, award, amount, null, idempotencyKey, at, reference);
    }

    /// <summary>Cancels an earlier payable or payment with a reversing entry.</summary>
    /// <exception cref="LedgerException">No such entry; it is a reversal or already reversed; or it is a payable with live payments.</exception>
    public LedgerEntry Reverse(long sequence, string reason, string idempotencyKey, DateTimeOffset at)
    {
        if (sequence < 1 || sequence > entries.Count)
        {
            throw new LedgerException(string.Create(CultureInfo.InvariantCulture, $"Reversal '{idempotencyKey}': there is no entry {sequence}."));
        }

        var target = entries[(int)sequence - 1];
        if (Replay(idempotencyKey, LedgerEntryKind.Reversal, target.Award.Id, -target.Amount) is { } done)
        {
            return done;
        }

        if (target.Kind == LedgerEntryKind.Reversal || entries.Any(e => e.Reverses == sequence))
        {
            throw new LedgerException(string.Create(CultureInfo.InvariantCulture,
                $"Reversal '{idempotencyKey}': entry {sequence} is {(target.Kind == LedgerEntryKind.Reversal ? "itself a reversal" : "already reversed")}."));
        }

        if (target.Kind == LedgerEntryKind.Payable && Totals(e => e.Award.Id == target.Award.Id).Paid > 0)
        {
            throw new LedgerException($"Reversal '{idempotencyKey}': award '{target.Award.Id}' has payments; reverse them first.");
        }

        return Append(LedgerEntryKind.Reversal, target.Award, -target.Amount, sequence, idempotencyKey, at, reason);
    }

    /// <summary>Net payable and paid over the entries that match <paramref name="filter"/>.</summary>
    public LedgerTotals Totals(Func<LedgerEntry, bool> filter)
    {
        decimal payable = 0, paid = 0;
        foreach (var e in entries.Where(filter))
        {
            var kind = e.Reverses is { } r ? entries[(int)r - 1].Kind : e.Kind;
            if (kind == LedgerEntryKind.Payable)
            {
                payable += e.Amount;
            }
            else
            {
                paid += e.Amount;
            }
        }

        return new(payable, paid);
    }

    /// <summary>Net totals grouped by a key of the award (programme, year, zone, enterprise…), in key order.</summary>
    public IReadOnlyList<(string Key, LedgerTotals Totals)> TotalsBy(Func<ApprovedAward, string> key) =>
        [.. entries.Select(e => key(e.Award)).Distinct().Order(StringComparer.Ordinal).Select(k => (k, Totals(e => key(e.Award) == k)))];

    /// <summary>Who was paid by which programme in which year (net payments above zero), for rules that exclude double support.</summary>
    public PaymentHistory PaymentHistory() => new(awards.Values.Where(a => Totals(e => e.Award.Id == a.Id).Paid > 0).Select(a => (a.Enterprise, a.Programme, a.Year)));

    private LedgerEntry? Replay(string key, LedgerEntryKind kind, string awardId, decimal amount)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            throw new LedgerException("An idempotency key is required.");
        }

        if (!byKey.TryGetValue(key, out var earlier))
        {
            return null;
        }

        return earlier.Kind == kind && earlier.Award.Id == awardId && earlier.Amount == amount ? earlier
            : throw new LedgerException(string.Create(CultureInfo.InvariantCulture,
                $"Idempotency key '{key}' was used for entry {earlier.Sequence} ({earlier.Kind} of {earlier.Amount} for award '{earlier.Award.Id}'), not this request."));
    }

    private LedgerEntry Append(LedgerEntryKind kind, ApprovedAward award, decimal amount, long? reverses, string key, DateTimeOffset at, string? note)
    {
        var entry = new LedgerEntry(entries.Count + 1, kind, award, amount, reverses, key, at, note);
        entries.Add(entry);
        byKey[key] = entry;
        return entry;
    }
}
