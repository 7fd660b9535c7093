using System.Numerics.Tensors;

namespace ClusterScope.Analytics.Composite;

/// <summary>The Monte Carlo inner loop: reweight, aggregate and rank one replication without allocating.</summary>
/// <remarks>Both the normalisation and the per-mean transform (x, ln x, 1/x, x^p) of every indicator are computed once,
/// indicator-major, so a replication is a weighted sum of contiguous unit vectors per aggregate
/// (<c>TensorPrimitives.MultiplyAdd</c>)
/// per level. Aggregates stay in the transformed space (f(x) of an aggregate is the weighted mean of its children's f),
/// so the inverse transform runs once, on the top scores. Ranking re-sorts, by insertion, the order of the last replication
/// that used the same normalisation and aggregation: only the weights differ, ranks move little, and the sort is close
/// to linear.</remarks>
internal sealed class RankKernel
{
    private readonly FrameworkTree _tree;
    private readonly AggregationSpec[] _aggregations;
    private readonly double[][][][] _transformed;
    private readonly double[][][] _present;
    private readonly bool[] _complete;
    private readonly string[] _units;

    public RankKernel(CompositeResult nominal, IReadOnlyList<NormalisationSpec> normalisations, IReadOnlyList<AggregationSpec> aggregations)
    {
        var top = nominal.Scores(nominal.TopCodes[0]);
        Rows = Enumerable.Range(0, top.Length).Where(r => !double.IsNaN(top[r])).ToArray();
        Units = Rows.Length;
        _units = Rows.Select(r => nominal.Raw.Units[r]).ToArray();
        _tree = FrameworkTree.Build(nominal.Framework, nominal.Treated.Codes);
        _tree = _tree.WithWeights(_tree.Codes.Select(c => nominal.Weights[c]).ToArray());
        Top = _tree.Top[0];
        _aggregations = aggregations.ToArray();
        _transformed = new double[normalisations.Count][][][];
        _present = new double[normalisations.Count][][];
        _complete = new bool[normalisations.Count];
        for (var n = 0; n < normalisations.Count; n++)
        {
            var columns = Enumerable.Range(0, _tree.IndicatorCount).Select(j =>
                Normalisation.Normalise(Rows.Select(r => nominal.Treated.Values[r, j]).ToArray(), normalisations[n], _tree.Direction[j], _tree.Target[j]))
                .ToArray();
            _present[n] = columns.Select(c => c.Select(v => double.IsNaN(v) ? 0.0 : 1.0).ToArray()).ToArray();
            _complete[n] = _present[n].All(c => c.All(p => p == 1));
            _transformed[n] = _aggregations.Select(a => columns.Select((c, j) => Transform(c, a, n, j)).ToArray()).ToArray();
        }
    }

    /// <summary>Rows of the nominal result that are ranked (units not excluded).</summary>
    public int[] Rows { get; }

    public int Units { get; }

    public int Top { get; }

    public FrameworkTree Tree => _tree;

    public int NormalisationCount => _transformed.Length;

    public int AggregationCount => _aggregations.Length;

    public sealed class Workspace(RankKernel kernel)
    {
        public double[][] Scores { get; } = Enumerable.Range(0, kernel._tree.NodeCount).Select(_ => new double[kernel.Units]).ToArray();

        public bool[] Empty { get; } = new bool[kernel._tree.NodeCount];

        public double[] WeightSums { get; } = new double[kernel.Units];

        /// <summary>Sorted keys and unit order of the last replication, per normalisation x aggregation alternative.</summary>
        public double[][] Keys { get; } = Enumerable.Range(0, kernel.NormalisationCount * kernel.AggregationCount)
            .Select(_ => new double[kernel.Units]).ToArray();

        public int[][] Order { get; } = Enumerable.Range(0, kernel.NormalisationCount * kernel.AggregationCount)
            .Select(_ => Enumerable.Range(0, kernel.Units).ToArray()).ToArray();

        public int[] Ranks { get; } = new int[kernel.Units];

        public double[] Weights { get; } = new double[kernel._tree.NodeCount];
    }

    /// <summary>Ranks (1 = best, ties "min", 0 = missing) of one replication with the workspace's weights.</summary>
    public void Evaluate(Workspace ws, int normalisation, int aggregation)
    {
        var mean = _aggregations[aggregation];
        for (var level = 2; level <= _tree.LevelCount; level++)
        {
            foreach (var node in _tree.AggregatesAtLevel[level])
            {
                Aggregate(ws, node, level, normalisation, aggregation, mean);
            }
        }

        RankTop(ws, (normalisation * _aggregations.Length) + aggregation);
    }

    private void Aggregate(Workspace ws, int node, int level, int n, int a, AggregationSpec mean)
    {
        if (level > 2 && HasMissingChild(ws, node))
        {
            AggregateSkippingMissing(ws, node, mean);
            return;
        }

        var acc = ws.Scores[node];
        Array.Clear(acc);
        var masked = level == 2 && !_complete[n];
        if (masked)
        {
            Array.Clear(ws.WeightSums);
        }

        double total = 0;
        foreach (var child in _tree.Children[node])
        {
            var w = ws.Weights[child];
            if (w == 0 || (level > 2 && ws.Empty[child]))
            {
                continue;
            }

            total += w;
            if (level == 2)
            {
                TensorPrimitives.MultiplyAdd(_transformed[n][a][child], w, acc, acc);
                if (masked)
                {
                    TensorPrimitives.MultiplyAdd(_present[n][child], w, ws.WeightSums, ws.WeightSums);
                }
            }
            else
            {
                TensorPrimitives.MultiplyAdd(ws.Scores[child], w, acc, acc);
            }
        }

        ws.Empty[node] = total == 0;
        if (masked)
        {
            TensorPrimitives.Divide(acc, ws.WeightSums, acc);
        }
        else
        {
            TensorPrimitives.Divide(acc, total, acc);
        }

        if (node == Top)
        {
            Inverse(acc, mean);
        }
    }

    /// <summary>Whether a weighted child of an upper aggregate lacks a score for some unit (a dimension none of whose
    /// indicators the unit has under this normalisation, e.g. a constant indicator that cannot be normalised).</summary>
    private bool HasMissingChild(Workspace ws, int node)
    {
        foreach (var child in _tree.Children[node])
        {
            // The sum is NaN exactly when some unit's score is NaN.
            if (ws.Weights[child] != 0 && !ws.Empty[child] && double.IsNaN(TensorPrimitives.Sum<double>(ws.Scores[child])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An upper aggregate over the children each unit has, with the weights of those children only, as the nominal
    /// <see cref="CompositeIndex"/> aggregates (missing children left out, weights renormalised per unit).</summary>
    private void AggregateSkippingMissing(Workspace ws, int node, AggregationSpec mean)
    {
        var acc = ws.Scores[node];
        var sums = ws.WeightSums;
        Array.Clear(acc);
        Array.Clear(sums);
        double total = 0;
        foreach (var child in _tree.Children[node])
        {
            var w = ws.Weights[child];
            if (w == 0 || ws.Empty[child])
            {
                continue;
            }

            total += w;
            var scores = ws.Scores[child];
            for (var u = 0; u < acc.Length; u++)
            {
                if (!double.IsNaN(scores[u]))
                {
                    acc[u] += w * scores[u];
                    sums[u] += w;
                }
            }
        }

        ws.Empty[node] = total == 0;
        TensorPrimitives.Divide(acc, sums, acc);
        if (node == Top)
        {
            Inverse(acc, mean);
        }
    }

    private void RankTop(Workspace ws, int alternative)
    {
        var scores = ws.Scores[Top];
        var order = ws.Order[alternative];
        var keys = ws.Keys[alternative];
        for (var k = 0; k < order.Length; k++)
        {
            var u = order[k];
            var key = double.IsNaN(scores[u]) ? double.NegativeInfinity : -scores[u];
            var j = k - 1;
            while (j >= 0 && keys[j] > key)
            {
                keys[j + 1] = keys[j];
                order[j + 1] = order[j];
                j--;
            }

            keys[j + 1] = key;
            order[j + 1] = u;
        }

        var missing = 0;
        while (missing < order.Length && double.IsNaN(scores[order[missing]]))
        {
            ws.Ranks[order[missing++]] = 0;
        }

        var rank = 0;
        for (var k = missing; k < order.Length; k++)
        {
            rank = k > missing && keys[k] == keys[k - 1] ? rank : k - missing + 1;
            ws.Ranks[order[k]] = rank;
        }
    }

    private static void Forward(ReadOnlySpan<double> x, Span<double> y, AggregationSpec mean)
    {
        switch (mean)
        {
            case AggregationSpec.GeometricMean:
                TensorPrimitives.Log(x, y);
                break;
            case AggregationSpec.HarmonicMean:
                TensorPrimitives.Divide(1.0, x, y);
                break;
            case AggregationSpec.GeneralisedMean g:
                TensorPrimitives.Pow(x, g.P, y);
                break;
            default:
                x.CopyTo(y);
                break;
        }
    }

    private static void Inverse(Span<double> x, AggregationSpec mean)
    {
        switch (mean)
        {
            case AggregationSpec.GeometricMean:
                TensorPrimitives.Exp(x, x);
                break;
            case AggregationSpec.HarmonicMean:
                TensorPrimitives.Divide(1.0, x, x);
                break;
            case AggregationSpec.GeneralisedMean g:
                TensorPrimitives.Pow(x, 1 / g.P, x);
                break;
        }
    }

    private double[] Transform(double[] column, AggregationSpec mean, int n, int j)
    {
        var invalid = Aggregation.FirstInvalid(column, mean);
        if (invalid >= 0)
        {
            throw new ArgumentException($"Unit '{_units[invalid]}': {mean.GetType().Name} cannot take '{_tree.Codes[j]}' = {column[invalid]} " +
                $"under normalisation alternative {n + 1}; give only positive normalisations (e.g. min-max 1..100) with it.", nameof(mean));
        }

        var y = new double[column.Length];
        Forward(column, y, mean);
        for (var u = 0; u < y.Length; u++)
        {
            y[u] = double.IsNaN(column[u]) ? 0 : y[u];
        }

        return y;
    }
}
