namespace ClusterScope.Analytics.Composite;

/// <summary>Runs replications of a <see cref="RankKernel"/> in parallel chunks with per-thread workspaces.</summary>
/// <remarks>Replication r belongs to chunk r / 128 and chunk c draws from <c>new Random(unchecked(seed * 1000003 + c))</c>,
/// so results do not depend on how chunks are spread over threads. Per-unit rank counts are accumulated per thread and
/// merged once per thread.</remarks>
internal static class ReplicationRunner
{
    private const int ChunkSize = 128;

    /// <summary>Fills the workspace weights for replication r and returns the normalisation and aggregation alternatives.</summary>
    internal delegate (int Normalisation, int Aggregation) Sampler(int replication, Random random, double[] weights);

    /// <summary>Rank counts, units x ranks (count of rank k + 1 at [u * units + k]), over replications where
    /// <paramref name="counted"/> holds; <paramref name="rankShift"/> (if given) receives each replication's mean absolute
    /// rank change from <paramref name="nominal"/>; <paramref name="progress"/> (if given) receives the number of replications
    /// done after each chunk.</summary>
    public static long[] Run(RankKernel kernel, int count, int seed, int maxDegreeOfParallelism, Sampler sample,
        Func<int, bool> counted, double[] nominal, double[]? rankShift, IProgress<int>? progress = null)
    {
        var done = 0;
        var units = kernel.Units;
        var total = new long[units * units];
        var gate = new object();
        var chunks = (count + ChunkSize - 1) / ChunkSize;
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism },
            () => (Workspace: new RankKernel.Workspace(kernel), Counts: new long[units * units]),
            (chunk, _, local) =>
            {
                var random = new Random(unchecked((seed * 1_000_003) + chunk));
                var end = Math.Min(count, (chunk + 1) * ChunkSize);
                for (var r = chunk * ChunkSize; r < end; r++)
                {
                    var (n, a) = sample(r, random, local.Workspace.Weights);
                    kernel.Evaluate(local.Workspace, n, a);
                    Record(local.Workspace.Ranks, local.Counts, counted(r), nominal, rankShift, r);
                }

                progress?.Report(Interlocked.Add(ref done, end - (chunk * ChunkSize)));

                return local;
            },
            local =>
            {
                lock (gate)
                {
                    for (var i = 0; i < total.Length; i++)
                    {
                        total[i] += local.Counts[i];
                    }
                }
            });
        return total;
    }

    /// <summary>Per-unit statistics from rank counts.</summary>
    public static RankStatistics[] Summarise(RankKernel kernel, long[] counts, IReadOnlyList<string> units, double[] nominal)
    {
        var n = kernel.Units;
        var result = new RankStatistics[n];
        for (var u = 0; u < n; u++)
        {
            var row = counts.AsSpan(u * n, n).ToArray();
            var size = row.Sum();
            if (size == 0)
            {
                result[u] = RankStatistics.From(units[u], nominal[u], []);
                continue;
            }

            double mean = 0;
            for (var k = 0; k < n; k++)
            {
                mean += (k + 1.0) * row[k];
            }

            var sizeInt = checked((int)size);
            double OrderStatistic(int index)
            {
                long cumulative = 0;
                for (var k = 0; k < n; k++)
                {
                    cumulative += row[k];
                    if (cumulative > index)
                    {
                        return k + 1;
                    }
                }

                return n;
            }

            result[u] = new RankStatistics(units[u], nominal[u], mean / size, Quantile.Type7Sorted(sizeInt, 0.5, OrderStatistic),
                Quantile.Type7Sorted(sizeInt, 0.05, OrderStatistic), Quantile.Type7Sorted(sizeInt, 0.95, OrderStatistic),
                OrderStatistic(0), OrderStatistic(sizeInt - 1));
        }

        return result;
    }

    /// <summary>Which alternative a uniform draw picks among <paramref name="count"/> equally likely ones.</summary>
    public static int Pick(double u, int count) => Math.Min((int)(u * count), count - 1);

    private static void Record(int[] ranks, long[] counts, bool counted, double[] nominal, double[]? rankShift, int replication)
    {
        var units = ranks.Length;
        double shift = 0;
        var ranked = 0;
        for (var u = 0; u < units; u++)
        {
            if (ranks[u] == 0)
            {
                continue;
            }

            if (counted)
            {
                counts[(u * units) + ranks[u] - 1]++;
            }

            shift += Math.Abs(ranks[u] - nominal[u]);
            ranked++;
        }

        if (rankShift is not null)
        {
            rankShift[replication] = ranked == 0 ? double.NaN : shift / ranked;
        }
    }
}
