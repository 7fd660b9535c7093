namespace ClusterScope.Analytics.Complexity;

/// <summary>Checks that the region-industry network is one connected component.</summary>
/// <remarks>If it is not, M_pp has the eigenvalue 1 more than once and "the second eigenvector" is any mix of the
/// components' indicators: the complexity indices are undefined, so the run stops with the industries on each side.</remarks>
internal static class NetworkConnectivity
{
    /// <param name="counts">C = M'M over the active industries (every industry present somewhere).</param>
    /// <param name="columns">The active industries' column indices in the caller's matrix.</param>
    public static void Require(Matrix counts, int[] columns)
    {
        var n = counts.Rows;
        var component = new int[n];
        Array.Fill(component, -1);
        var stack = new Stack<int>();
        component[0] = 0;
        stack.Push(0);
        while (stack.Count > 0)
        {
            var p = stack.Pop();
            var row = counts.Row(p);
            for (var q = 0; q < n; q++)
            {
                if (component[q] < 0 && row[q] > 0)
                {
                    component[q] = 0;
                    stack.Push(q);
                }
            }
        }

        var outside = Enumerable.Range(0, n).Where(p => component[p] < 0).ToArray();
        if (outside.Length > 0)
        {
            var inside = Enumerable.Range(0, n).Where(p => component[p] == 0).ToArray();
            throw new ArgumentException(
                $"The region-industry network is disconnected: industries (columns) {List(inside, columns)} share no region with industries {List(outside, columns)}; "
                + "the second eigenvalue of M_pp is then 1 (tied) and the complexity indices are undefined. Compute each component separately.",
                nameof(counts));
        }
    }

    private static string List(int[] indices, int[] columns) =>
        string.Join(", ", indices.Take(5).Select(i => columns[i].ToString(System.Globalization.CultureInfo.InvariantCulture)))
        + (indices.Length > 5 ? $" and {indices.Length - 5} more" : string.Empty);
}
