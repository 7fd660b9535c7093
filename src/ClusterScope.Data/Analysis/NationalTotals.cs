namespace ClusterScope.Data.Analysis;

/// <summary>The nation's total of each industry in each year, the reference of shift-share (REAT's <c>e_i</c>).</summary>
/// <param name="Values">Total by year and industry label.</param>
/// <param name="Source">Where the totals came from (a file name), for error messages.</param>
public sealed record NationalTotals(IReadOnlyDictionary<(int Year, string Industry), double> Values, string Source)
{
    /// <summary>The totals of one year in the order of <paramref name="industries"/>.</summary>
    /// <exception cref="ArgumentException">An industry or the year is missing from the totals (named).</exception>
    public double[] For(int year, IReadOnlyList<string> industries)
    {
        ArgumentNullException.ThrowIfNull(industries);
        return industries.Select(i => Values.TryGetValue((year, i), out var v) ? v
            : throw new ArgumentException($"{Source}: no national total for industry '{i}' in {year}.", nameof(industries))).ToArray();
    }
}
