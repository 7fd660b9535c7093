namespace ClusterScope.Analytics.Composite;

/// <summary>Cronbach's alpha: the internal consistency of the indicators of one dimension.</summary>
/// <remarks>Cronbach (1951), <i>Psychometrika</i> 16(3); OECD/JRC (2008) Handbook, section 4.1. Covariance form
/// alpha = k/(k - 1) (1 - sum_i var_i / sum_ij cov_ij), with covariances over pairwise complete units, as COINr 1.1.14
/// <c>get_cronbach</c> (<c>cov(X, use = "pairwise.complete.obs")</c>).</remarks>
public static class CronbachAlpha
{
    /// <summary>Cronbach's alpha of the columns (items) of <paramref name="items"/>.</summary>
    /// <remarks>COINr <c>get_cronbach</c>. Fewer than 2 items gives NaN.</remarks>
    public static double Compute(Matrix items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var k = items.Columns;
        if (k < 2)
        {
            return double.NaN;
        }

        var columns = Enumerable.Range(0, k).Select(items.Column).ToArray();
        double variances = 0, total = 0;
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                var c = Correlation.Covariance(columns[i], columns[j]);
                total += c;
                variances += i == j ? c : 0;
            }
        }

        return k / (k - 1.0) * (1 - (variances / total));
    }

    /// <summary>Cronbach's alpha of the normalised indicators of aggregate <paramref name="code"/>.</summary>
    /// <remarks>COINr <c>get_cronbach(coin, dset = "Normalised", iCodes = code, Level = 1)</c>: the indicators below
    /// the aggregate at any depth.</remarks>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not an aggregate of the result.</exception>
    public static double Compute(CompositeResult result, string code)
    {
        ArgumentNullException.ThrowIfNull(result);
        var codes = IndicatorsBelow(result.Framework, code);
        if (codes.Count == 0)
        {
            throw new ArgumentException($"'{code}' is not an aggregate with indicators.", nameof(code));
        }

        var m = new Matrix(result.Normalised.Units.Count, codes.Count);
        for (var k = 0; k < codes.Count; k++)
        {
            var column = result.Normalised.Column(codes[k]);
            for (var r = 0; r < column.Length; r++)
            {
                m[r, k] = column[r];
            }
        }

        return Compute(m);
    }

    internal static List<string> IndicatorsBelow(CompositeFramework framework, string code)
    {
        var below = new HashSet<string>(StringComparer.Ordinal) { code };
        foreach (var _ in framework.Aggregates)
        {
            below.UnionWith(framework.Aggregates.Where(a => a.Parent is not null && below.Contains(a.Parent)).Select(a => a.Code));
        }

        return framework.Indicators.Where(i => below.Contains(i.Parent)).Select(i => i.Code).ToList();
    }
}
