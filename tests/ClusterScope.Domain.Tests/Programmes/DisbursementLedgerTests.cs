using ClusterScope.Domain.Programmes;

namespace ClusterScope.Domain.Tests.Programmes;

public class DisbursementLedgerTests
{
    private static readonly DateTimeOffset At = new(2024, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private static ApprovedAward Award(string id, string enterprise = "E1", string programme = "rd", int year = 2023, string? zone = "Z1", decimal amount = 1000m) =>
        new(id, enterprise, programme, year, zone, amount);

    [Fact]
    public void A_payment_retried_with_its_key_is_recorded_once()
    {
        var ledger = new DisbursementLedger();
        ledger.AddPayable(Award("a1"), "p-a1", At);
        var first = ledger.RecordPayment("a1", 600m, "pay-1", At, "bank ref 77");
        var retry = ledger.RecordPayment("a1", 600m, "pay-1", At.AddMinutes(5));
        Assert.Same(first, retry);
        Assert.Equal(2, ledger.Entries.Count);
        Assert.Equal(new LedgerTotals(1000m, 600m), ledger.Totals(_ => true));
        Assert.Equal(400m, ledger.Totals(_ => true).Outstanding);
    }

    [Fact]
    public void A_key_reused_for_other_content_is_refused_and_nothing_is_written()
    {
        var ledger = new DisbursementLedger();
        ledger.AddPayable(Award("a1"), "p-a1", At);
        ledger.RecordPayment("a1", 600m, "pay-1", At);
        var e = Assert.Throws<LedgerException>(() => ledger.RecordPayment("a1", 400m, "pay-1", At));
        Assert.Contains("Idempotency key 'pay-1' was used for entry 2", e.Message, StringComparison.Ordinal);
        Assert.Equal(2, ledger.Entries.Count);
    }

    [Fact]
    public void An_enterprise_is_never_paid_more_than_owed_nor_twice_for_the_same_programme_and_year()
    {
        var ledger = new DisbursementLedger();
        ledger.AddPayable(Award("a1"), "p-a1", At);
        ledger.RecordPayment("a1", 1000m, "pay-1", At);
        Assert.Contains("0 is outstanding", Assert.Throws<LedgerException>(() => ledger.RecordPayment("a1", 1m, "pay-2", At)).Message, StringComparison.Ordinal);
        var again = Assert.Throws<LedgerException>(() => ledger.AddPayable(Award("a2"), "p-a2", At));
        Assert.Contains("already has award 'a1' from programme 'rd' for 2023", again.Message, StringComparison.Ordinal);
        ledger.AddPayable(Award("a3", year: 2024), "p-a3", At);
        ledger.AddPayable(Award("a4", programme: "startup"), "p-a4", At);
        Assert.Equal(4, ledger.Entries.Count);
    }

    [Fact]
    public void Unknown_awards_and_duplicate_award_ids_are_refused()
    {
        var ledger = new DisbursementLedger();
        Assert.Contains("award 'x' is not in the ledger", Assert.Throws<LedgerException>(() => ledger.RecordPayment("x", 1m, "k", At)).Message, StringComparison.Ordinal);
        ledger.AddPayable(Award("a1"), "p-a1", At);
        Assert.Contains("'a1' is already in the ledger", Assert.Throws<LedgerException>(() => ledger.AddPayable(Award("a1", enterprise: "E2"), "p-other", At)).Message, StringComparison.Ordinal);
        Assert.Single(ledger.Entries);
    }

    [Fact]
    public void A_correction_is_a_reversing_entry_and_frees_the_period_for_a_corrected_award()
    {
        var ledger = new DisbursementLedger();
        ledger.AddPayable(Award("a1"), "p-a1", At);
        var pay = ledger.RecordPayment("a1", 1000m, "pay-1", At);
        Assert.Contains("has payments; reverse them first", Assert.Throws<LedgerException>(() => ledger.Reverse(1, "wrong amount", "r-1", At)).Message, StringComparison.Ordinal);
        var undo = ledger.Reverse(pay.Sequence, "paid to the wrong account", "r-2", At);
        Assert.Equal(-1000m, undo.Amount);
        Assert.Equal(pay.Sequence, undo.Reverses);
        ledger.Reverse(1, "wrong amount", "r-1", At);
        Assert.Equal(new LedgerTotals(0m, 0m), ledger.Totals(_ => true));
        Assert.Contains("already reversed", Assert.Throws<LedgerException>(() => ledger.Reverse(1, "again", "r-3", At)).Message, StringComparison.Ordinal);
        Assert.Contains("itself a reversal", Assert.Throws<LedgerException>(() => ledger.Reverse(undo.Sequence, "again", "r-4", At)).Message, StringComparison.Ordinal);
        ledger.AddPayable(Award("a1-corrected", amount: 800m), "p-a1c", At);
        Assert.Equal(800m, ledger.Totals(_ => true).Payable);
        // the first entries are untouched
        Assert.Equal(1000m, ledger.Entries[0].Amount);
    }

    [Fact]
    public void The_annual_cap_holds_across_programmes()
    {
        var ledger = new DisbursementLedger(annualCap: 1500m);
        ledger.AddPayable(Award("a1", programme: "rd"), "k1", At);
        var e = Assert.Throws<LedgerException>(() => ledger.AddPayable(Award("a2", programme: "startup", amount: 600m), "k2", At));
        Assert.Contains("would get 1600 in 2023, above the annual cap of 1500", e.Message, StringComparison.Ordinal);
        ledger.AddPayable(Award("a3", programme: "startup", amount: 500m), "k3", At);
        ledger.AddPayable(Award("a4", programme: "guarantee", year: 2024, amount: 1500m), "k4", At);
        Assert.Equal(3, ledger.Entries.Count);
    }

    [Fact]
    public void Totals_group_by_programme_year_zone_and_enterprise()
    {
        var ledger = new DisbursementLedger();
        ledger.AddPayable(Award("a1", "E1", "rd", 2023, "Z1", 100m), "k1", At);
        ledger.AddPayable(Award("a2", "E2", "rd", 2023, "Z2", 200m), "k2", At);
        ledger.AddPayable(Award("a3", "E1", "startup", 2024, "Z1", 400m), "k3", At);
        ledger.RecordPayment("a2", 200m, "k4", At);
        ledger.RecordPayment("a3", 50m, "k5", At);
        Assert.Equal([("rd", new LedgerTotals(300m, 200m)), ("startup", new LedgerTotals(400m, 50m))], ledger.TotalsBy(a => a.Programme));
        Assert.Equal([("2023", new LedgerTotals(300m, 200m)), ("2024", new LedgerTotals(400m, 50m))], ledger.TotalsBy(a => a.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal([("Z1", new LedgerTotals(500m, 50m)), ("Z2", new LedgerTotals(200m, 200m))], ledger.TotalsBy(a => a.Zone ?? ""));
        Assert.Equal([("E1", new LedgerTotals(500m, 50m)), ("E2", new LedgerTotals(200m, 200m))], ledger.TotalsBy(a => a.Enterprise));
    }

    [Fact]
    public void Payment_history_feeds_the_no_double_support_clause()
    {
        var ledger = new DisbursementLedger();
        ledger.AddPayable(Award("a1", "E1", "startup", 2023), "k1", At);
        ledger.AddPayable(Award("a2", "E2", "startup", 2023), "k2", At);
        ledger.RecordPayment("a1", 1000m, "k3", At);
        var clause = new NoPaymentFromClause { Id = "no-double", Programme = "startup" };
        Assert.Equal(ClauseOutcome.Fail, EligibilityEvaluator.Evaluate(clause, Firms.Facts("E1"), 2023, ledger.PaymentHistory()).Outcome);
        Assert.Equal(ClauseOutcome.Pass, EligibilityEvaluator.Evaluate(clause, Firms.Facts("E2"), 2023, ledger.PaymentHistory()).Outcome);
    }
}
