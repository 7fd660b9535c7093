namespace ClusterScope.Analytics.Composite;

/// <summary>Fills missing indicator values (NaN): by column mean or median, by group, or from the previous period.</summary>
/// <remarks>OECD/JRC (2008) <i>Handbook on Constructing Composite Indicators</i>, step 3; COINr 1.1.14
/// <c>i_mean</c>, <c>i_median</c>, <c>i_mean_grp</c>, <c>i_median_grp</c> and <c>impute_panel</c>. Observed values
/// are never changed. A value that cannot be filled (empty column, empty group, missing previous value) stays NaN.</remarks>
public static class Imputation
{
    /// <summary>Replaces NaN with the mean of the observed values.</summary>
    /// <remarks>COINr <c>i_mean</c>: <c>x[is.na(x)] &lt;- mean(x, na.rm = TRUE)</c>. An all-NaN input stays NaN.</remarks>
    public static double[] Mean(ReadOnlySpan<double> x) => Fill(x, ObservedMean(x));

    /// <summary>Replaces NaN with the median of the observed values.</summary>
    /// <remarks>COINr <c>i_median</c> (R <c>median</c>: mean of the two middle values for an even count).</remarks>
    public static double[] Median(ReadOnlySpan<double> x) => Fill(x, ObservedMedian(x));

    /// <summary>Replaces NaN with the mean of the observed values in the unit's group.</summary>
    /// <remarks>COINr <c>i_mean_grp(x, f)</c>. A group without observed values leaves its gaps NaN.</remarks>
    /// <exception cref="ArgumentException"><paramref name="groups"/> does not have one entry per value.</exception>
    public static double[] GroupMean(ReadOnlySpan<double> x, IReadOnlyList<string> groups) => ByGroup(x, groups, ObservedMean);

    /// <summary>Replaces NaN with the median of the observed values in the unit's group.</summary>
    /// <remarks>COINr <c>i_median_grp(x, f)</c>. A group without observed values leaves its gaps NaN.</remarks>
    /// <exception cref="ArgumentException"><paramref name="groups"/> does not have one entry per value.</exception>
    public static double[] GroupMedian(ReadOnlySpan<double> x, IReadOnlyList<string> groups) => ByGroup(x, groups, ObservedMedian);

    /// <summary>Replaces NaN with the same unit's value in the previous period.</summary>
    /// <remarks>Last observation carried forward one period (COINr <c>impute_panel(imp_type = "latest")</c> when the
    /// caller passes the latest earlier value). A gap in both periods stays NaN.</remarks>
    /// <exception cref="ArgumentException">The two spans differ in length.</exception>
    public static double[] CarryLastPeriod(ReadOnlySpan<double> x, ReadOnlySpan<double> previous)
    {
        if (previous.Length != x.Length)
        {
            throw new ArgumentException($"Previous period has {previous.Length} values for {x.Length} units.", nameof(previous));
        }

        var result = x.ToArray();
        for (var i = 0; i < result.Length; i++)
        {
            if (double.IsNaN(result[i]))
            {
                result[i] = previous[i];
            }
        }

        return result;
    }

    /// <summary>Imputes every column of <paramref name="data"/> by <paramref name="spec"/>.</summary>
    /// <remarks>COINr <c>Impute(coin, f_i = ..., impute_by = "column")</c>. Returns the filled matrix; the cells that were
    /// filled are those NaN in the input and not NaN in the output.</remarks>
    /// <exception cref="ArgumentException">Group or previous-period imputation without the groups or previous values.</exception>
    public static IndicatorMatrix Impute(CompositeData data, ImputationSpec spec)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(spec);
        var raw = data.Raw;
        if (spec is ImputationSpec.None)
        {
            return raw with { Values = raw.Values.Clone() };
        }

        var groups = spec is ImputationSpec.GroupMean or ImputationSpec.GroupMedian
            ? data.Groups ?? throw new ArgumentException($"{spec.GetType().Name} imputation needs the group of each unit.", nameof(data))
            : null;
        var previous = spec is ImputationSpec.CarryLastPeriod
            ? data.Previous ?? throw new ArgumentException("CarryLastPeriod imputation needs the previous-period values.", nameof(data))
            : null;
        var columns = new double[raw.Codes.Count][];
        for (var c = 0; c < columns.Length; c++)
        {
            var x = raw.Values.Column(c);
            columns[c] = spec switch
            {
                ImputationSpec.Mean => Mean(x),
                ImputationSpec.Median => Median(x),
                ImputationSpec.GroupMean => GroupMean(x, groups!),
                ImputationSpec.GroupMedian => GroupMedian(x, groups!),
                _ => CarryLastPeriod(x, previous!.Column(raw.Codes[c])),
            };
        }

        return IndicatorMatrix.FromColumns(raw.Units, raw.Codes, columns);
    }

    internal static double ObservedMean(ReadOnlySpan<double> x)
    {
        double sum = 0;
        var n = 0;
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                sum += v;
                n++;
            }
        }

        return n == 0 ? double.NaN : sum / n;
    }

    internal static double ObservedMedian(ReadOnlySpan<double> x)
    {
        var observed = Observed(x);
        if (observed.Length == 0)
        {
            return double.NaN;
        }

        Array.Sort(observed);
        var mid = observed.Length / 2;
        return observed.Length % 2 == 1 ? observed[mid] : (observed[mid - 1] + observed[mid]) / 2;
    }

    internal static double[] Observed(ReadOnlySpan<double> x)
    {
        var list = new List<double>(x.Length);
        foreach (var v in x)
        {
            if (!double.IsNaN(v))
            {
                list.Add(v);
            }
        }

        return list.ToArray();
    }

    private delegate double Statistic(ReadOnlySpan<double> x);

    private static double[] Fill(ReadOnlySpan<double> x, double value)
    {
        var result = x.ToArray();
        for (var i = 0; i < result.Length; i++)
        {
            if (double.IsNaN(result[i]))
            {
                result[i] = value;
            }
        }

        return result;
    }

    private static double[] ByGroup(ReadOnlySpan<double> x, IReadOnlyList<string> groups, Statistic statistic)
    {
        ArgumentNullException.ThrowIfNull(groups);
        if (groups.Count != x.Length)
        {
            throw new ArgumentException($"{groups.Count} groups for {x.Length} units.", nameof(groups));
        }

        var result = x.ToArray();
        foreach (var group in groups.Distinct(StringComparer.Ordinal))
        {
            var members = Enumerable.Range(0, groups.Count).Where(i => string.Equals(groups[i], group, StringComparison.Ordinal)).ToArray();
            var values = members.Select(i => result[i]).ToArray();
            var fill = statistic(values);
            foreach (var i in members.Where(i => double.IsNaN(result[i])))
            {
                result[i] = fill;
            }
        }

        return result;
    }
}
