namespace ClusterScope.Domain.Plausibility;

/// <summary>The thresholds of the plausibility checks; <see cref="Default"/> is what docs/user/plausibility.md describes.</summary>
public sealed record PlausibilitySettings
{
    /// <summary>A year-on-year change whose size exceeds this fraction is flagged (0.5: beyond ±50 %).</summary>
    public double YearOnYearBand { get; init; } = 0.5;

    /// <summary>Bands for particular indicators, replacing <see cref="YearOnYearBand"/> for them.</summary>
    public IReadOnlyDictionary<string, double> YearOnYearBandByIndicator { get; init; } = new Dictionary<string, double>();

    /// <summary>Output indicators and the proxies that should not fall while output grows.</summary>
    public IReadOnlyList<ProxyRule> Proxies { get; init; } =
        [new("cluster_output", ["cluster_electricity", "cluster_tax", "cluster_employment"])];

    /// <summary>Part indicators whose sum over an entity's children cannot exceed the entity's whole.</summary>
    public IReadOnlyList<PartWholeRule> PartsOfWhole { get; init; } = [new("cluster_output", "zone_industrial_output")];

    /// <summary>Below this many first digits a zone's Benford statistics are reported without a verdict.</summary>
    /// <remarks>600: with fewer, figures drawn exactly from Benford's law exceed the 0.015 MAD bound too often by
    /// chance alone (about 7 % of samples at 500, 3.4 % at 600, 1.2 % at 700; checked by a seeded simulation
    /// in the tests); docs/user/plausibility.md has the table. The chi-square's own rule of thumb, at least 5 expected in each cell, needs only 110.</remarks>
    public int BenfordMinimumSample { get; init; } = 600;

    /// <summary>A zone whose first-digit MAD exceeds this is flagged: Nigrini's (2012) nonconformity bound, 0.015.</summary>
    public double BenfordMadNonconformity { get; init; } = 0.015;

    /// <summary>The same value in this many consecutive periods is flagged.</summary>
    public int IdenticalRun { get; init; } = 2;

    /// <summary>The defaults.</summary>
    public static PlausibilitySettings Default { get; } = new();

    /// <summary>Throws when a threshold makes no sense.</summary>
    /// <exception cref="ArgumentException">A band is negative or not finite, the Benford minimum is below 1, the MAD
    /// bound is not positive, or the identical run is below 2.</exception>
    public void Validate()
    {
        if (!(YearOnYearBand >= 0) || double.IsPositiveInfinity(YearOnYearBand))
        {
            throw new ArgumentException($"The year-on-year band must be a finite fraction of zero or more; got {YearOnYearBand}.", nameof(YearOnYearBand));
        }

        foreach (var (indicator, band) in YearOnYearBandByIndicator)
        {
            if (!(band >= 0) || double.IsPositiveInfinity(band))
            {
                throw new ArgumentException($"The year-on-year band of {indicator} must be a finite fraction of zero or more; got {band}.", nameof(YearOnYearBandByIndicator));
            }
        }

        if (BenfordMinimumSample < 1)
        {
            throw new ArgumentException($"The Benford minimum sample must be at least 1; got {BenfordMinimumSample}.", nameof(BenfordMinimumSample));
        }

        if (!(BenfordMadNonconformity > 0))
        {
            throw new ArgumentException($"The Benford MAD bound must be positive; got {BenfordMadNonconformity}.", nameof(BenfordMadNonconformity));
        }

        if (IdenticalRun < 2)
        {
            throw new ArgumentException($"An identical run is at least 2 periods; got {IdenticalRun}.", nameof(IdenticalRun));
        }
    }

    /// <summary>The year-on-year band of <paramref name="indicator"/>.</summary>
    public double BandOf(string indicator) =>
        YearOnYearBandByIndicator.TryGetValue(indicator, out var band) ? band : YearOnYearBand;
}
