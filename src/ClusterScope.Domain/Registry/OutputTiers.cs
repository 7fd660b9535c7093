namespace ClusterScope.Domain.Registry;

/// <summary>The rule that places a cluster in an <see cref="OutputTier"/> by its annual output value.</summary>
/// <remarks>Jilin's 2013 cluster programme counts clusters "over RMB 100 bn / 10 bn / 5 bn / 2 bn"; a cluster exactly on a
/// threshold is in the higher tier (the programme's 超 is read as "reaching"). Output is in 100 million CNY (亿元), the
/// unit of the statistics.</remarks>
public static class OutputTiers
{
    /// <summary>Lower bounds of each tier in 100 million CNY, highest first.</summary>
    public static readonly IReadOnlyList<(OutputTier Tier, double LowerBound)> Bounds =
    [
        (OutputTier.Over100Bn, 1000),
        (OutputTier.Over10Bn, 100),
        (OutputTier.Over5Bn, 50),
        (OutputTier.Over2Bn, 20),
        (OutputTier.Below2Bn, double.NegativeInfinity),
    ];

    /// <summary>The tier of an annual output of <paramref name="outputHundredMillionYuan"/> (亿元).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The output is negative or not a number.</exception>
    public static OutputTier Of(double outputHundredMillionYuan)
    {
        if (double.IsNaN(outputHundredMillionYuan) || outputHundredMillionYuan < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(outputHundredMillionYuan), outputHundredMillionYuan, "Output must be a non-negative number.");
        }

        foreach (var (tier, lowerBound) in Bounds)
        {
            if (outputHundredMillionYuan >= lowerBound)
            {
                return tier;
            }
        }

        return OutputTier.Below2Bn;
    }

    /// <summary>A short label such as "≥ 100 bn" in English or "超千亿" in Chinese.</summary>
    public static string Label(OutputTier tier, bool chinese) => (tier, chinese) switch
    {
        (OutputTier.Over100Bn, false) => "≥ RMB 100 bn",
        (OutputTier.Over10Bn, false) => "≥ RMB 10 bn",
        (OutputTier.Over5Bn, false) => "≥ RMB 5 bn",
        (OutputTier.Over2Bn, false) => "≥ RMB 2 bn",
        (OutputTier.Below2Bn, false) => "< RMB 2 bn",
        (OutputTier.Over100Bn, true) => "超千亿元",
        (OutputTier.Over10Bn, true) => "超百亿元",
        (OutputTier.Over5Bn, true) => "超50亿元",
        (OutputTier.Over2Bn, true) => "超20亿元",
        _ => "20亿元以下",
    };
}
