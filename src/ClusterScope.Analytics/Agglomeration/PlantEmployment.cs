namespace ClusterScope.Analytics.Agglomeration;

/// <summary>Plant records summed once into what every Ellison-Glaeser family measure needs: employment per
/// industry and region, and per industry the plant count and the sums of squared and fourth-power plant employment.</summary>
/// <remarks>Aggregate once with <see cref="Aggregate"/> and pass the result to <see cref="EllisonGlaeser"/>,
/// <see cref="MaurelSedillot"/> and the coagglomeration methods, so a large plant file is read a single time.
/// The cells are held industry-major (one industry's regions contiguous); <see cref="ToRegionIndustryMatrix"/>
/// returns the library's usual regions x industries layout. Instances are immutable.</remarks>
public sealed class PlantEmployment
{
    private readonly double[] _cells;
    private readonly double[] _squares;
    private readonly double[] _fourthPowers;
    private readonly int[] _plants;
    private readonly double[] _industryTotals;
    private readonly double[] _regionTotals;

    internal PlantEmployment(int regionCount, int industryCount, double[] cells, double[] squares, double[] fourthPowers,
        int[] plants, double[] industryTotals, double[] regionTotals)
    {
        RegionCount = regionCount;
        IndustryCount = industryCount;
        _cells = cells;
        _squares = squares;
        _fourthPowers = fourthPowers;
        _plants = plants;
        _industryTotals = industryTotals;
        _regionTotals = regionTotals;
    }

    /// <summary>Number of regions (the region index runs from 0 to this count minus 1).</summary>
    public int RegionCount { get; }

    /// <summary>Number of industries (the industry index runs from 0 to this count minus 1).</summary>
    public int IndustryCount { get; }

    /// <summary>Employment of each industry over all regions.</summary>
    public IReadOnlyList<double> IndustryTotals => _industryTotals;

    /// <summary>Employment of each region over all industries: the default reference population of Ellison-Glaeser.</summary>
    public IReadOnlyList<double> RegionTotals => _regionTotals;

    /// <summary>Number of plants of each industry (plants with zero employment included).</summary>
    public IReadOnlyList<int> Plants => _plants;

    /// <summary>Sum of squared plant employment of each industry (the numerator of the plant Herfindahl).</summary>
    public IReadOnlyList<double> SquaredEmployment => _squares;

    /// <summary>Sum of fourth powers of plant employment of each industry (used by the variance of G).</summary>
    public IReadOnlyList<double> FourthPowerEmployment => _fourthPowers;

    internal ReadOnlySpan<double> IndustryTotalSpan => _industryTotals;

    internal ReadOnlySpan<double> RegionTotalSpan => _regionTotals;

    /// <summary>Employment of one industry in each region.</summary>
    /// <remarks>e_ij of Ellison &amp; Glaeser (1997) for one industry i, indexed by region; a view, not a copy.
    /// Zero where the industry has no plant.</remarks>
    public ReadOnlySpan<double> IndustryRow(int industry) => _cells.AsSpan(industry * RegionCount, RegionCount);

    /// <summary>Sums plant records by industry and region in one pass, in parallel over the plants.</summary>
    /// <remarks>Each plant k adds employment e_k to cell (industry_k, region_k), e_k^2 and e_k^4 to its industry's
    /// sums and 1 to its plant count (Ellison &amp; Glaeser 1997, <i>JPE</i> 105(5); REAT 3.0.3 <c>ellison.a2</c>
    /// reads the same three columns). Plants are split into one contiguous block per core, each summed into its
    /// own arrays, then the blocks are added. Empty input gives all-zero sums.</remarks>
    /// <param name="region">Region index of each plant, 0 to <paramref name="regionCount"/> - 1.</param>
    /// <param name="industry">Industry index of each plant, 0 to <paramref name="industryCount"/> - 1.</param>
    /// <param name="employment">Employment of each plant, finite and non-negative.</param>
    /// <param name="regionCount">Number of regions.</param>
    /// <param name="industryCount">Number of industries.</param>
    /// <exception cref="ArgumentException">The three spans differ in length, or a plant has an index out of range
    /// or a negative, NaN or infinite employment (the message names the first such plant index).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is not positive.</exception>
    public static PlantEmployment Aggregate(ReadOnlySpan<int> region, ReadOnlySpan<int> industry, ReadOnlySpan<double> employment,
        int regionCount, int industryCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(regionCount);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(industryCount);
        if (region.Length != industry.Length || region.Length != employment.Length)
        {
            throw new ArgumentException(
                $"The plant spans differ in length: {region.Length} regions, {industry.Length} industries, {employment.Length} employment values.",
                nameof(employment));
        }

        return PlantAccumulator.Run(region, industry, employment, regionCount, industryCount);
    }

    /// <summary>Employment as a new regions x industries matrix (the library's usual layout).</summary>
    /// <remarks>The plant records summed by region and industry, the input of the specialisation and concentration
    /// measures (e.g. EconGeo 2.1 <c>location_quotient</c>); empty cells are 0.</remarks>
    public Matrix ToRegionIndustryMatrix() => new Matrix(IndustryCount, RegionCount, (double[])_cells.Clone()).Transpose();
}
