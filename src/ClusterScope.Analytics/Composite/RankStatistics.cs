namespace ClusterScope.Analytics.Composite;

/// <summary>How a unit's rank varies across the replications or scenarios of an uncertainty analysis.</summary>
/// <remarks>COINr 1.1.14 <c>get_sensitivity()$RankStats</c> (Nominal, Mean, Median, Q5, Q95; quantiles R type 7) plus
/// the minimum and maximum rank. The 5-95 % interval is what rank-interval awards need.</remarks>
/// <param name="Unit">The unit code.</param>
/// <param name="Nominal">The rank under the nominal specification.</param>
/// <param name="Mean">Mean rank.</param>
/// <param name="Median">Median rank.</param>
/// <param name="Q5">5 % quantile of the rank (R type 7).</param>
/// <param name="Q95">95 % quantile of the rank (R type 7).</param>
/// <param name="Min">Best rank reached.</param>
/// <param name="Max">Worst rank reached.</param>
public sealed record RankStatistics(string Unit, double Nominal, double Mean, double Median, double Q5, double Q95, double Min, double Max)
{
    /// <summary>Summarises the ranks of one unit (NaN ranks, from failed or excluded runs, are ignored).</summary>
    /// <remarks>COINr <c>get_sensitivity</c>: <c>mean</c>, <c>median</c>, <c>quantile(probs = 0.05 / 0.95)</c>.</remarks>
    public static RankStatistics From(string unit, double nominal, ReadOnlySpan<double> ranks)
    {
        var observed = Imputation.Observed(ranks);
        Array.Sort(observed);
        if (observed.Length == 0)
        {
            return new RankStatistics(unit, nominal, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        return new RankStatistics(unit, nominal, observed.Average(), Quantile.Type7(observed, 0.5), Quantile.Type7(observed, 0.05),
            Quantile.Type7(observed, 0.95), observed[0], observed[^1]);
    }
}
