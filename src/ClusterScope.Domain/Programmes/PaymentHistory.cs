namespace ClusterScope.Domain.Programmes;

/// <summary>Which enterprises were paid by which programme in which year, as eligibility rules that exclude double support read it.</summary>
public sealed class PaymentHistory
{
    private readonly HashSet<(string Enterprise, string Programme, int Year)> paid;

    /// <summary>Builds the history from (enterprise code, programme code, year) triples.</summary>
    public PaymentHistory(IEnumerable<(string Enterprise, string Programme, int Year)> payments) => paid = [.. payments];

    /// <summary>A history with no payment.</summary>
    public static PaymentHistory Empty { get; } = new([]);

    /// <summary>Whether <paramref name="enterprise"/> was paid by <paramref name="programme"/> in <paramref name="year"/>.</summary>
    public bool WasPaid(string enterprise, string programme, int year) => paid.Contains((enterprise, programme, year));
}
