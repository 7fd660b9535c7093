namespace ClusterScope.Analytics.Composite;

/// <summary>Weights derived from the data: the first principal component of a group of indicators.</summary>
/// <remarks>OECD/JRC (2008) <i>Handbook on Constructing Composite Indicators</i>, section 6.1 (weights from principal
/// components / factor analysis): the weight of indicator j is its squared loading on the component divided by the
/// sum of squared loadings, i.e. the share of the component's variance that j carries. Here the component is the
/// first principal component of the Pearson correlation matrix of the group's normalised indicators (complete
/// units only) and no rotation is applied, so with unit-length eigenvector v the weights are w_j = v_j^2.
/// COINr 1.1.14 <c>get_PCA(weights_to = ...)</c> instead uses the loadings themselves (signed, not squared) as weights;
/// that rule is not reproduced.</remarks>
public static class Weighting
{
    /// <summary>Weights w_j = v_j^2 from the first eigenvector v of the correlation matrix of the columns of <paramref name="data"/>.</summary>
    /// <remarks>OECD/JRC (2008) Handbook section 6.1 (squared loadings scaled to unity sum), first unrotated component.
    /// Rows with a NaN are left out. A single column gets weight 1. Weights sum to 1.</remarks>
    /// <exception cref="ArgumentException">Fewer than 2 complete rows, or a constant column (undefined correlation).</exception>
    public static double[] PrincipalComponent(Matrix data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var k = data.Columns;
        if (k == 1)
        {
            return [1.0];
        }

        var rows = Enumerable.Range(0, data.Rows).Where(r => !HasNaN(data.Row(r))).ToArray();
        if (rows.Length < 2)
        {
            throw new ArgumentException($"PCA weights need at least 2 complete units; got {rows.Length}.", nameof(data));
        }

        var correlation = new double[k, k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j <= i; j++)
            {
                var r = Correlation.Pearson(rows.Select(u => data[u, i]).ToArray(), rows.Select(u => data[u, j]).ToArray());
                if (double.IsNaN(r))
                {
                    throw new ArgumentException($"Column {i} or {j} is constant: its correlation is undefined.", nameof(data));
                }

                correlation[i, j] = correlation[j, i] = r;
            }
        }

        var v = SymmetricEigen.Leading(correlation);
        return v.Select(x => x * x).ToArray();
    }

    private static bool HasNaN(ReadOnlySpan<double> row)
    {
        foreach (var x in row)
        {
            if (double.IsNaN(x))
            {
                return true;
            }
        }

        return false;
    }
}
