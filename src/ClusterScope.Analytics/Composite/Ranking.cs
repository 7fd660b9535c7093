namespace ClusterScope.Analytics.Composite;

/// <summary>Ranks with ties "min", as R's <c>rank(x, ties.method = "min", na.last = "keep")</c>.</summary>
/// <remarks>COINr ranks units with <c>rank(-x, ties.method = "min")</c> (<c>get_results</c>, <c>rank_df</c>): rank 1 is
/// the highest score and tied units share the best of their ranks. NaN gets rank NaN and is not counted.</remarks>
public static class Ranking
{
    /// <summary>Rank 1 for the smallest value (R <c>rank(x, ties.method = "min")</c>).</summary>
    /// <remarks>R <c>base::rank</c>, ties "min", <c>na.last = "keep"</c>. NaN stays NaN.</remarks>
    public static double[] Ascending(ReadOnlySpan<double> values) => Rank(values, +1);

    /// <summary>Rank 1 for the largest value (R <c>rank(-x, ties.method = "min")</c>, COINr's unit ranks).</summary>
    /// <remarks>COINr <c>get_results</c> / <c>rank_df</c>. NaN stays NaN.</remarks>
    public static double[] Descending(ReadOnlySpan<double> values) => Rank(values, -1);

    private static double[] Rank(ReadOnlySpan<double> values, int sign)
    {
        var keys = new List<(double Key, int Index)>(values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            if (!double.IsNaN(values[i]))
            {
                keys.Add((sign * values[i], i));
            }
        }

        keys.Sort((a, b) => a.Key.CompareTo(b.Key));
        var ranks = new double[values.Length];
        Array.Fill(ranks, double.NaN);
        for (var k = 0; k < keys.Count; k++)
        {
            var tiedWithPrevious = k > 0 && keys[k].Key == keys[k - 1].Key;
            ranks[keys[k].Index] = tiedWithPrevious ? ranks[keys[k - 1].Index] : k + 1;
        }

        return ranks;
    }
}
