namespace ClusterScope.Analytics.Complexity;

/// <summary>Hidalgo and Hausmann's method of reflections, as EconGeo 2.1 <c>morc</c> / <c>mort</c> compute it.</summary>
/// <remarks>Hidalgo and Hausmann (2009), <i>PNAS</i> 106(26); Balland and Rigby (2017). Step 1 gives the average ubiquity of
/// a region's industries (the average diversity of an industry's regions), step 2 averages step 1 of the other side;
/// from step 3 every step is rescaled min-max to 0..100 before it is reflected, so the step count is part of the definition
/// (EconGeo's defaults: 20 for regions, 19 for industries). Step 0 is diversity / ubiquity.</remarks>
public static class MethodOfReflections
{
    /// <summary>The regions' index after <paramref name="steps"/> reflections (EconGeo <c>morc(mat, steps)</c>).</summary>
    /// <param name="presence">Region x industry 0/1 matrix M.</param>
    /// <param name="steps">Number of reflections, 0 or more.</param>
    /// <remarks>Regions or industries absent from M (zero diversity / ubiquity) are left out, as EconGeo drops them;
    /// their entries are NaN. A step whose values are all equal rescales to NaN (0/0), as in R.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="steps"/> is negative.</exception>
    public static double[] Regions(Matrix presence, int steps = 20) => Reflect(presence, steps).Regions;

    /// <summary>The industries' index after <paramref name="steps"/> reflections (EconGeo <c>mort(mat, steps)</c>).</summary>
    /// <param name="presence">Region x industry 0/1 matrix M.</param>
    /// <param name="steps">Number of reflections, 0 or more.</param>
    /// <remarks>As <see cref="Regions"/>, mirrored.</remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="steps"/> is negative.</exception>
    public static double[] Industries(Matrix presence, int steps = 19) => Reflect(presence, steps).Industries;

    private static (double[] Regions, double[] Industries) Reflect(Matrix presence, int steps)
    {
        ArgumentNullException.ThrowIfNull(presence);
        ArgumentOutOfRangeException.ThrowIfNegative(steps);
        var diversity = presence.RowSums();
        var ubiquity = presence.ColumnSums();
        var regions = (double[])diversity.Clone();
        var industries = (double[])ubiquity.Clone();
        for (var step = 1; step <= steps; step++)
        {
            var nextRegions = Average(presence, industries, diversity);
            var nextIndustries = AverageTransposed(presence, regions, ubiquity);
            if (step >= 3)
            {
                Rescale(nextRegions);
                Rescale(nextIndustries);
            }

            (regions, industries) = (nextRegions, nextIndustries);
        }

        for (var c = 0; c < regions.Length; c++)
        {
            regions[c] = diversity[c] == 0 ? double.NaN : regions[c];
        }

        for (var p = 0; p < industries.Length; p++)
        {
            industries[p] = ubiquity[p] == 0 ? double.NaN : industries[p];
        }

        return (regions, industries);
    }

    private static double[] Average(Matrix m, double[] industryValues, double[] diversity)
    {
        var r = new double[m.Rows];
        for (var c = 0; c < m.Rows; c++)
        {
            r[c] = diversity[c] == 0 ? double.NaN : Sum(m.Row(c), industryValues) / diversity[c];
        }

        return r;
    }

    private static double[] AverageTransposed(Matrix m, double[] regionValues, double[] ubiquity)
    {
        var sums = new double[m.Columns];
        for (var c = 0; c < m.Rows; c++)
        {
            if (double.IsNaN(regionValues[c]))
            {
                continue;
            }

            System.Numerics.Tensors.TensorPrimitives.MultiplyAdd(m.Row(c), regionValues[c], sums, sums);
        }

        for (var p = 0; p < sums.Length; p++)
        {
            sums[p] = ubiquity[p] == 0 ? double.NaN : sums[p] / ubiquity[p];
        }

        return sums;
    }

    private static double Sum(ReadOnlySpan<double> m, double[] values)
    {
        var s = 0.0;
        for (var i = 0; i < m.Length; i++)
        {
            if (m[i] != 0)
            {
                s += m[i] * values[i];
            }
        }

        return s;
    }

    private static void Rescale(double[] x)
    {
        var finite = x.Where(double.IsFinite).ToArray();
        if (finite.Length == 0)
        {
            return;
        }

        var (min, max) = (finite.Min(), finite.Max());
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = (x[i] - min) / (max - min) * 100;
        }
    }
}
