namespace ClusterScope.Analytics.InputOutput;

/// <summary>One measure's change by sector, split into direct, indirect (inter-industry) and induced (household) parts.</summary>
/// <param name="Direct">The first-round change: the shock itself, or the exogenous output.</param>
/// <param name="Indirect">Supplier effects through A.</param>
/// <param name="Induced">Effects of the extra household spending; zero without a household closure.</param>
public sealed record ImpactComponents(double[] Direct, double[] Indirect, double[] Induced)
{
    /// <summary>Direct + indirect + induced, by sector.</summary>
    public double[] Total => Direct.Select((d, i) => d + Indirect[i] + Induced[i]).ToArray();

    /// <summary>Scales every part by a per-sector coefficient (output to value added, income or jobs).</summary>
    public ImpactComponents Times(ReadOnlySpan<double> coefficients)
    {
        var c = coefficients.ToArray();
        return new(Direct.Select((v, i) => v * c[i]).ToArray(), Indirect.Select((v, i) => v * c[i]).ToArray(), Induced.Select((v, i) => v * c[i]).ToArray());
    }
}
