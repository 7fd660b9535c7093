namespace ClusterScope.Analytics.InputOutput;

/// <summary>Footprint accounts of a single- or multi-region table, as pymrio's <c>calc_accounts</c> computes them.</summary>
/// <remarks>Peters (2008), "From production-based to consumption-based national emission inventories", <i>Ecological
/// Economics</i> 65; Miller and Blair (2009), section 10.3; pymrio <c>calc_accounts</c> and
/// <c>Extension.calc_system</c> (git 89c9b97). Sectors are ordered region by region, each region with the same
/// sectors.</remarks>
public static class Footprints
{
    /// <summary>D_cba, D_pba, D_imp, D_exp and their per-region totals.</summary>
    /// <remarks>pymrio <c>calc_accounts(S, L, Y_agg)</c>: Y_agg is Y summed over the final-demand categories of each
    /// region (n x regions); x for D_pba is recomputed as L Y, not taken from the table; the per-region consumption-
    /// and production-based totals add the region's F_Y (stressors x regions, summed over categories), those of
    /// imports and exports do not. A single region (one column of Y) gives zero imports and exports.</remarks>
    /// <param name="s">Stressor coefficients (stressors x n).</param>
    /// <param name="l">The Leontief inverse (n x n).</param>
    /// <param name="finalDemandByRegion">Y_agg (n x regions).</param>
    /// <param name="finalDemandStressors">F_Y by region (stressors x regions), or null.</param>
    /// <exception cref="ArgumentException">The shapes do not agree, or n is not regions x sectors.</exception>
    public static FootprintAccounts Compute(Matrix s, Matrix l, Matrix finalDemandByRegion, Matrix? finalDemandStressors = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(finalDemandByRegion);
        var n = l.Rows;
        var regions = finalDemandByRegion.Columns;
        if (s.Columns != n || finalDemandByRegion.Rows != n || regions == 0 || n % regions != 0)
        {
            throw new ArgumentException($"S is {s.Rows}x{s.Columns}, L {l.Rows}x{l.Columns}, Y {finalDemandByRegion.Rows}x{regions}: S and Y must have one column/row per sector and n must be regions x sectors.");
        }

        if (finalDemandStressors is not null && (finalDemandStressors.Rows != s.Rows || finalDemandStressors.Columns != regions))
        {
            throw new ArgumentException($"F_Y is {finalDemandStressors.Rows}x{finalDemandStressors.Columns}; expected {s.Rows}x{regions}.");
        }

        var sectors = n / regions;
        var xDiag = OutputByDestination(l, finalDemandByRegion, sectors);
        var xTotal = new double[n];
        var xExport = new double[n];
        var xTrade = new Matrix(n, n);
        for (var i = 0; i < n; i++)
        {
            var origin = i / sectors;
            for (var c = 0; c < n; c++)
            {
                xTotal[i] += xDiag[i, c];
                if (c / sectors != origin)
                {
                    xTrade[i, c] = xDiag[i, c];
                    xExport[i] += xDiag[i, c];
                }
            }
        }

        var cba = LinearAlgebra.MatrixProduct.Multiply(s, xDiag, transposeB: false);
        var imp = LinearAlgebra.MatrixProduct.Multiply(s, xTrade, transposeB: false);
        var pba = ScaleColumns(s, xTotal);
        var exp = ScaleColumns(s, xExport);
        return new FootprintAccounts(cba, pba, imp, exp,
            ByRegion(cba, regions, finalDemandStressors), ByRegion(pba, regions, finalDemandStressors),
            ByRegion(imp, regions, null), ByRegion(exp, regions, null));
    }

    // x_diag = L diag_blocks(Y): column (r, j) is the output everywhere that region r's final demand for product j needs.
    private static Matrix OutputByDestination(Matrix l, Matrix y, int sectors)
    {
        var n = l.Rows;
        var xDiag = new Matrix(n, n);
        for (var r = 0; r < y.Columns; r++)
        {
            for (var j = 0; j < sectors; j++)
            {
                var column = (r * sectors) + j;
                for (var q = 0; q < y.Columns; q++)
                {
                    var source = (q * sectors) + j;
                    var demand = y[source, r];
                    if (demand == 0)
                    {
                        continue;
                    }

                    for (var i = 0; i < n; i++)
                    {
                        xDiag[i, column] += l[i, source] * demand;
                    }
                }
            }
        }

        return xDiag;
    }

    private static Matrix ScaleColumns(Matrix s, double[] x)
    {
        var result = s.Clone();
        for (var k = 0; k < s.Rows; k++)
        {
            System.Numerics.Tensors.TensorPrimitives.Multiply(result.RowSpan(k), x, result.RowSpan(k));
        }

        return result;
    }

    private static Matrix ByRegion(Matrix d, int regions, Matrix? fy)
    {
        var sectors = d.Columns / regions;
        var result = new Matrix(d.Rows, regions);
        for (var k = 0; k < d.Rows; k++)
        {
            for (var r = 0; r < regions; r++)
            {
                result[k, r] = System.Numerics.Tensors.TensorPrimitives.Sum(d.Row(k).Slice(r * sectors, sectors)) + (fy?[k, r] ?? 0);
            }
        }

        return result;
    }
}
