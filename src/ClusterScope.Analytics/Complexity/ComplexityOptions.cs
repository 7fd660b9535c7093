namespace ClusterScope.Analytics.Complexity;

/// <summary>The settings of one economic-complexity run; the defaults reproduce py-ecomplexity 0.5.2 <c>ecomplexity()</c>.</summary>
/// <remarks>Stored with a result so that a run can be replayed.</remarks>
public sealed record ComplexityOptions
{
    /// <summary>The defaults: threshold 1, minimum-conditional proximity, self included, py-ecomplexity convention.</summary>
    public static ComplexityOptions Default { get; } = new();

    /// <summary>Presence cut: M = 1 where RCA &gt;= <see cref="Threshold"/> (py-ecomplexity <c>rca_mcp_threshold</c>; default 1).</summary>
    public double Threshold { get; init; } = 1;

    /// <summary>The proximity measure behind density, COI and COG.</summary>
    public ProximityMeasure Proximity { get; init; } = ProximityMeasure.MinimumConditional;

    /// <summary>Whether an industry's own proximity counts in density, COI and COG.</summary>
    public DensitySelf DensitySelf { get; init; } = DensitySelf.Include;

    /// <summary>Which package's ECI / PCI scale and sign to return.</summary>
    public ComplexityConvention Convention { get; init; } = ComplexityConvention.PyEcomplexity;
}
