namespace ClusterScope.Analytics.Specialisation;

/// <summary>How geographically concentrated each industry (column) of a region x industry matrix is: one value per industry.</summary>
/// <remarks>Every method takes finite non-negative values (regions in rows, industries in columns) and returns NaN
/// for an industry whose total is zero, unless its remarks say otherwise.</remarks>
public static partial class IndustryConcentration
{
    /// <summary>Lorenz Gini of each industry's values across regions.</summary>
    /// <param name="values">Regions in rows, industries in columns.</param>
    /// <param name="variant">Default <see cref="GiniVariant.Lorenz"/> (unrounded, unweighted).</param>
    /// <param name="population">Region weights for the weighted variants; empty otherwise.</param>
    /// <remarks>REAT 3.0.3 <c>gini</c> (unrounded) and EconGeo 2.1 <c>gini</c> (<see cref="GiniVariant.EconGeo"/>, 3
    /// decimals); <see cref="GiniVariant.ReatNormalised"/> = <c>gini(coefnorm = TRUE)</c>;
    /// <see cref="GiniVariant.ReatWeighted"/> = <c>gini(x, weighting = population)</c> with REAT's unsorted weights.
    /// See <see cref="Specialisation.Gini.Lorenz"/>.</remarks>
    /// <exception cref="ArgumentException">A value or weight is invalid (see <see cref="Specialisation.Gini.Lorenz"/>).</exception>
    public static double[] Gini(Matrix values, GiniVariant variant = GiniVariant.Lorenz, ReadOnlySpan<double> population = default)
    {
        NonNegativeValues.Require(values, nameof(values));
        var result = new double[values.Columns];
        if (variant is GiniVariant.ReatWeighted or GiniVariant.FrequencyWeighted || !population.IsEmpty)
        {
            for (var c = 0; c < values.Columns; c++)
            {
                result[c] = Specialisation.Gini.Lorenz(values.Column(c), variant, population);
            }

            return result;
        }

        // One transpose makes every industry a contiguous row that can be sorted in place.
        var industries = values.Transpose();
        void SortAndMeasure(int c)
        {
            var row = industries.RowSpan(c);
            row.Sort();
            result[c] = Specialisation.Gini.FromSorted(row, variant);
        }

        if ((long)values.Rows * values.Columns >= LocationQuotient.ParallelCellThreshold)
        {
            Parallel.For(0, industries.Rows, SortAndMeasure);
        }
        else
        {
            for (var c = 0; c < industries.Rows; c++)
            {
                SortAndMeasure(c);
            }
        }

        return result;
    }

    /// <summary>Locational Gini of each industry against the regions' total activity.</summary>
    /// <param name="values">Regions in rows, industries in columns.</param>
    /// <param name="scale">0..0.5 as EconGeo (default) or 0..1.</param>
    /// <remarks>Krugman (1991); EconGeo 2.1 <c>locational_gini</c>; see <see cref="Specialisation.Gini.Locational"/>.</remarks>
    /// <exception cref="ArgumentException">A value is negative or not finite.</exception>
    public static double[] LocationalGini(Matrix values, LocationalGiniScale scale = LocationalGiniScale.EconGeo)
    {
        NonNegativeValues.Require(values, nameof(values));
        var regionTotals = values.RowSums();
        var result = new double[values.Columns];
        for (var c = 0; c < values.Columns; c++)
        {
            result[c] = Specialisation.Gini.Locational(values.Column(c), regionTotals, scale);
        }

        return result;
    }

    /// <summary>Hoover Gini of each industry against population.</summary>
    /// <param name="values">Regions in rows, industries in columns.</param>
    /// <param name="population">Population of each region (row).</param>
    /// <param name="rounding"><see cref="Rounding.EconGeo"/> rounds to 3 decimals.</param>
    /// <remarks>Hoover (1936); EconGeo 2.1 <c>hoover_gini(mat, pop)</c>; see <see cref="Specialisation.Gini.Hoover"/>.</remarks>
    /// <exception cref="ArgumentException">A value is negative or not finite, or the population has the wrong length.</exception>
    public static double[] HooverGini(Matrix values, ReadOnlySpan<double> population, Rounding rounding = Rounding.None)
    {
        RequirePopulation(values, population);
        var result = new double[values.Columns];
        for (var c = 0; c < values.Columns; c++)
        {
            result[c] = Specialisation.Gini.Hoover(values.Column(c), population, rounding);
        }

        return result;
    }

    /// <summary>Gini of each industry's location quotients over regions (REAT's concentration Gini).</summary>
    /// <param name="values">Regions in rows, industries in columns.</param>
    /// <remarks>REAT 3.0.3 <c>gini.conc(e_ij, e_j)</c> and the G of <c>conc()</c>; see
    /// <see cref="Specialisation.Gini.OfLocationQuotients"/>. A zero-total region makes every industry NaN (REAT).</remarks>
    /// <exception cref="ArgumentException">A value is negative or not finite.</exception>
    public static double[] LocationQuotientGini(Matrix values) =>
        RegionalSpecialisation.LocationQuotientGini(Transposed(values));

    private static Matrix Transposed(Matrix values)
    {
        NonNegativeValues.Require(values, nameof(values));
        return values.Transpose();
    }

    private static void RequirePopulation(Matrix values, ReadOnlySpan<double> population)
    {
        NonNegativeValues.Require(values, nameof(values));
        NonNegativeValues.Require(population, nameof(population));
        NonNegativeValues.RequireLength(population, values.Rows, "The population", nameof(population));
    }
}
