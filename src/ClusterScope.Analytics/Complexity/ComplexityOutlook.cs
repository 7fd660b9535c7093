using ClusterScope.Analytics.LinearAlgebra;

namespace ClusterScope.Analytics.Complexity;

/// <summary>Complexity outlook index (COI) and complexity outlook gain (COG): how much complexity lies near a region's capabilities.</summary>
/// <remarks>Hausmann, Hidalgo et al. (2014), <i>The Atlas of Economic Complexity</i>; py-ecomplexity 0.5.2 <c>calc_coi_cog</c>.
/// Both functions return the raw sums for the PCI they are given; <see cref="EconomicComplexity.Compute(Matrix, ComplexityOptions)"/>
/// feeds them the raw eigenvector PCI, then z-scores COI and divides COG by sd(kc), as py-ecomplexity does. The Atlas's
/// published COI / COG use the normalised PCI and another country sample and are not comparable (py-ecomplexity #21, #39).</remarks>
public static class ComplexityOutlook
{
    /// <summary>Raw COI_c = sum_p density_cp (1 - M_cp) PCI_p.</summary>
    /// <remarks>py-ecomplexity 0.5.2 <c>calc_coi_cog</c> before its z-scoring; the Atlas (2014) definition of complexity outlook.</remarks>
    /// <exception cref="ArgumentException">The dimensions do not match.</exception>
    public static double[] Index(Matrix presence, Matrix density, ReadOnlySpan<double> pci)
    {
        ArgumentNullException.ThrowIfNull(presence);
        ArgumentNullException.ThrowIfNull(density);
        Check(presence, pci.Length);
        var coi = new double[presence.Rows];
        var weights = pci.ToArray();
        Parallel.For(0, presence.Rows, c =>
        {
            var m = presence.Row(c);
            var d = density.Row(c);
            var sum = 0.0;
            for (var p = 0; p < m.Length; p++)
            {
                sum += d[p] * (1 - m[p]) * weights[p];
            }

            coi[c] = sum;
        });

        return coi;
    }

    /// <summary>Raw COG_cp = (1 - M_cp) sum_q (1 - M_cq) phi_qp PCI_q / sum_k phi_qk.</summary>
    /// <remarks>Present industries get exactly 0 (py-ecomplexity prints -0). <see cref="DensitySelf.Exclude"/> leaves
    /// q = p and k = q out of the sums. Computed as colsum(Y) - M Y with Y_qp = phi_qp PCI_q / sum_k phi_qk: one matrix product.</remarks>
    /// <exception cref="ArgumentException">The dimensions do not match.</exception>
    public static Matrix Gain(Matrix presence, Matrix proximity, ReadOnlySpan<double> pci, DensitySelf self = DensitySelf.Include) =>
        Gain(presence, proximity, pci, self, managed: false);

    internal static Matrix Gain(Matrix presence, Matrix proximity, ReadOnlySpan<double> pci, DensitySelf self, bool managed)
    {
        ArgumentNullException.ThrowIfNull(presence);
        ArgumentNullException.ThrowIfNull(proximity);
        Check(presence, pci.Length);
        var n = proximity.Rows;
        var sums = ProductSpace.Denominators(proximity, self);
        var y = new Matrix(n, n);
        var weights = new double[n];
        for (var q = 0; q < n; q++)
        {
            weights[q] = pci[q] / sums[q];
            System.Numerics.Tensors.TensorPrimitives.Multiply(proximity.Row(q), weights[q], y.RowSpan(q));
        }

        var columnSums = y.ColumnSums();
        var gain = MatrixProduct.Multiply(presence, y, transposeB: false, managed);
        Parallel.For(0, presence.Rows, c =>
        {
            var row = gain.RowSpan(c);
            var m = presence.Row(c);
            for (var p = 0; p < n; p++)
            {
                var absent = 1 - m[p];
                var own = self == DensitySelf.Exclude ? absent * y[p, p] : 0;
                row[p] = absent * (columnSums[p] - row[p] - own);
            }
        });
        return gain;
    }

    private static void Check(Matrix presence, int pciLength)
    {
        if (presence.Columns != pciLength)
        {
            throw new ArgumentException($"PCI has {pciLength} values for {presence.Columns} industries.", nameof(pciLength));
        }
    }
}
