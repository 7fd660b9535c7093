namespace ClusterScope.Analytics.Composite;

/// <summary>A validated, index-based view of a <see cref="CompositeFramework"/>, in the column order of the data.</summary>
/// <remarks>Nodes 0..n-1 are the indicators in data-column order; aggregates follow, level by level.</remarks>
internal sealed class FrameworkTree
{
    private FrameworkTree(string[] codes, int[] level, int[] parent, double[] weight, Direction[] direction,
        double?[] target, int indicatorCount)
    {
        Codes = codes;
        Level = level;
        Parent = parent;
        Weight = weight;
        Direction = direction;
        Target = target;
        IndicatorCount = indicatorCount;
        LevelCount = level.Max();
        Children = Enumerable.Range(0, codes.Length)
            .Select(n => Enumerable.Range(0, codes.Length).Where(c => parent[c] == n).ToArray()).ToArray();
        AggregatesAtLevel = Enumerable.Range(0, LevelCount + 1)
            .Select(l => Enumerable.Range(indicatorCount, codes.Length - indicatorCount).Where(n => level[n] == l).ToArray())
            .ToArray();
        Top = Enumerable.Range(indicatorCount, codes.Length - indicatorCount).Where(n => parent[n] < 0).ToArray();
    }

    public string[] Codes { get; }

    public int[] Level { get; }

    public int[] Parent { get; }

    public double[] Weight { get; }

    public Direction[] Direction { get; }

    public double?[] Target { get; }

    public int IndicatorCount { get; }

    public int NodeCount => Codes.Length;

    public int LevelCount { get; }

    public int[][] Children { get; }

    /// <summary>Aggregate node indices by level (index 0 and 1 are empty).</summary>
    public int[][] AggregatesAtLevel { get; }

    /// <summary>Aggregates without a parent (the index).</summary>
    public int[] Top { get; }

    public static FrameworkTree Build(CompositeFramework framework, IReadOnlyList<string> columns)
    {
        ArgumentNullException.ThrowIfNull(framework);
        ArgumentNullException.ThrowIfNull(columns);
        var indicators = framework.Indicators.ToDictionary(i => i.Code, StringComparer.Ordinal);
        var aggregates = framework.Aggregates.ToDictionary(a => a.Code, StringComparer.Ordinal);
        foreach (var column in columns)
        {
            if (!indicators.ContainsKey(column))
            {
                throw new ArgumentException($"Data column '{column}' is not an indicator of the framework.", nameof(columns));
            }
        }

        foreach (var indicator in framework.Indicators)
        {
            if (!columns.Contains(indicator.Code))
            {
                throw new ArgumentException($"Indicator '{indicator.Code}' has no column in the data.", nameof(columns));
            }

            if (aggregates.ContainsKey(indicator.Code))
            {
                throw new ArgumentException($"Code '{indicator.Code}' is both an indicator and an aggregate.", nameof(framework));
            }
        }

        var levels = AggregateLevels(framework, indicators.Keys.ToHashSet(StringComparer.Ordinal), aggregates);
        var ordered = framework.Aggregates.OrderBy(a => levels[a.Code]).ToArray();
        var codes = columns.Concat(ordered.Select(a => a.Code)).ToArray();
        var index = codes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var n = codes.Length;
        var level = new int[n];
        var parent = new int[n];
        var weight = new double[n];
        var direction = new Direction[n];
        var target = new double?[n];
        for (var i = 0; i < columns.Count; i++)
        {
            var node = indicators[columns[i]];
            (level[i], parent[i], weight[i], direction[i], target[i]) = (1, index[node.Parent], node.Weight, node.Direction, node.Target);
        }

        for (var a = 0; a < ordered.Length; a++)
        {
            var node = ordered[a];
            var i = columns.Count + a;
            (level[i], parent[i], weight[i], direction[i]) = (levels[node.Code], node.Parent is null ? -1 : index[node.Parent],
                node.Weight, Composite.Direction.Positive);
        }

        foreach (var w in weight.Select((w, i) => (w, i)).Where(p => !(p.w >= 0) || double.IsInfinity(p.w)))
        {
            throw new ArgumentException($"Weight of '{codes[w.i]}' is {w.w}; weights must be finite and non-negative.", nameof(framework));
        }

        return new FrameworkTree(codes, level, parent, weight, direction, target, columns.Count);
    }

    /// <summary>The same tree with other weights (one per node).</summary>
    public FrameworkTree WithWeights(double[] weights) =>
        new(Codes, Level, Parent, weights, Direction, Target, IndicatorCount);

    private static Dictionary<string, int> AggregateLevels(CompositeFramework framework, HashSet<string> indicatorCodes,
        Dictionary<string, AggregateNode> aggregates)
    {
        var parents = framework.Indicators.Select(i => (i.Code, Parent: (string?)i.Parent))
            .Concat(framework.Aggregates.Select(a => (a.Code, a.Parent))).ToArray();
        foreach (var (code, parentCode) in parents)
        {
            if (parentCode is not null && !aggregates.ContainsKey(parentCode))
            {
                throw new ArgumentException($"Parent '{parentCode}' of '{code}' is not an aggregate of the framework.", nameof(framework));
            }
        }

        var levels = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var aggregate in framework.Aggregates)
        {
            Resolve(aggregate.Code, 0);
        }

        return levels;

        int Resolve(string code, int depth)
        {
            if (indicatorCodes.Contains(code))
            {
                return 1;
            }

            if (levels.TryGetValue(code, out var known))
            {
                return known;
            }

            if (depth > aggregates.Count)
            {
                throw new ArgumentException($"The framework has a cycle through '{code}'.", nameof(framework));
            }

            var childLevels = parents.Where(p => p.Parent == code).Select(p => Resolve(p.Code, depth + 1)).Distinct().ToArray();
            if (childLevels.Length == 0)
            {
                throw new ArgumentException($"Aggregate '{code}' has no children.", nameof(framework));
            }

            if (childLevels.Length > 1)
            {
                throw new ArgumentException($"The children of aggregate '{code}' sit at different levels ({string.Join(", ", childLevels)}).", nameof(framework));
            }

            return levels[code] = childLevels[0] + 1;
        }
    }
}
