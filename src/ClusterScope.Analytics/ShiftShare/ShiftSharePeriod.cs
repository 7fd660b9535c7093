using System.Globalization;

namespace ClusterScope.Analytics.ShiftShare;

/// <summary>Two validated years of regional and national employment, with the national growth factors.</summary>
internal sealed class ShiftSharePeriod
{
    private ShiftSharePeriod(Matrix regionalBase, Matrix regionalEnd, double[] nationalGrowth, double[] nationalBaseShares,
        double nationalFactor, int baseYear)
    {
        NationalBaseShares = nationalBaseShares;
        RegionalBase = regionalBase;
        RegionalEnd = regionalEnd;
        NationalGrowth = nationalGrowth;
        NationalFactor = nationalFactor;
        BaseYear = baseYear;
    }

    public Matrix RegionalBase { get; }

    public Matrix RegionalEnd { get; }

    /// <summary>e_i2 / e_i1 per industry.</summary>
    public double[] NationalGrowth { get; }

    /// <summary>e_i1 / E1 per industry.</summary>
    public double[] NationalBaseShares { get; }

    /// <summary>E2 / E1.</summary>
    public double NationalFactor { get; }

    /// <summary>Index of the base year in the caller's panel (0 for a static analysis), for error messages.</summary>
    public int BaseYear { get; }

    public int Regions => RegionalBase.Rows;

    public int Industries => RegionalBase.Columns;

    public static ShiftSharePeriod Create(Matrix regionalBase, Matrix regionalEnd, ReadOnlySpan<double> nationalBase,
        ReadOnlySpan<double> nationalEnd, int baseYear = 0)
    {
        ArgumentNullException.ThrowIfNull(regionalBase);
        ArgumentNullException.ThrowIfNull(regionalEnd);
        var industries = regionalBase.Columns;
        if (regionalEnd.Rows != regionalBase.Rows || regionalEnd.Columns != industries
            || nationalBase.Length != industries || nationalEnd.Length != industries)
        {
            throw new ArgumentException(Text(
                $"Shapes differ: regional {regionalBase.Rows} x {industries} (year {baseYear}) and {regionalEnd.Rows} x {regionalEnd.Columns} (year {baseYear + 1}), national {nationalBase.Length} and {nationalEnd.Length} industries."),
                nameof(regionalEnd));
        }

        CheckCells(regionalBase, baseYear);
        CheckCells(regionalEnd, baseYear + 1);
        var growth = new double[industries];
        var (total1, total2) = (0.0, 0.0);
        for (var i = 0; i < industries; i++)
        {
            CheckNational(nationalEnd[i], i, baseYear + 1, allowZero: true);
            CheckNational(nationalBase[i], i, baseYear, allowZero: false);
            growth[i] = nationalEnd[i] / nationalBase[i];
            total1 += nationalBase[i];
            total2 += nationalEnd[i];
        }

        var shares = new double[industries];
        System.Numerics.Tensors.TensorPrimitives.Divide(nationalBase, total1, shares);
        return new ShiftSharePeriod(regionalBase, regionalEnd, growth, shares, total2 / total1, baseYear);
    }

    /// <summary>e_ij2 / e_ij1, refusing a zero base cell (its growth rate is undefined).</summary>
    public double RegionalGrowth(int region, int industry)
    {
        var start = RegionalBase[region, industry];
        return start > 0
            ? RegionalEnd[region, industry] / start
            : throw new ArgumentException(Text(
                $"Region {region}, industry {industry} has zero employment in year {BaseYear}: its growth rate (needed by Esteban-Marquillas) is undefined."));
    }

    public double RegionBaseTotal(int region) => System.Numerics.Tensors.TensorPrimitives.Sum(RegionalBase.Row(region));

    public double RegionEndTotal(int region) => System.Numerics.Tensors.TensorPrimitives.Sum(RegionalEnd.Row(region));

    private static void CheckCells(Matrix regional, int year)
    {
        for (var r = 0; r < regional.Rows; r++)
        {
            for (var i = 0; i < regional.Columns; i++)
            {
                var e = regional[r, i];
                if (!(e >= 0 && e <= double.MaxValue))
                {
                    throw new ArgumentException(Text($"Region {r}, industry {i}, year {year}: employment {e} is negative or not finite."),
                        nameof(regional));
                }
            }
        }
    }

    private static void CheckNational(double e, int industry, int year, bool allowZero)
    {
        if (!(e >= 0 && e <= double.MaxValue) || (!allowZero && e == 0))
        {
            throw new ArgumentException(Text(
                $"National employment of industry {industry} in year {year} is {e}: it must be finite, non-negative and, in a base year, positive."));
        }
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
