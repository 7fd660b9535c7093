namespace ClusterScope.Analytics.Composite;

/// <summary>Computes a composite index: impute, treat, normalise, then aggregate level by level up the framework.</summary>
/// <remarks>OECD/JRC (2008) <i>Handbook on Constructing Composite Indicators</i>, steps 3-6; every default is COINr
/// 1.1.14's (<c>Impute</c>, <c>Treat</c>, <c>Normalise</c>, <c>Aggregate</c>), see <see cref="CompositeSpec.Default"/>.
/// Pure: no I/O, inputs are not modified.</remarks>
public static class CompositeIndex
{
    /// <summary>Runs the whole pipeline and keeps every stage.</summary>
    /// <remarks>COINr <c>new_coin</c> -> <c>Screen</c> (if <see cref="CompositeSpec.MinimumDataAvailability"/> &gt; 0) ->
    /// <c>Impute</c> -> <c>Treat</c> -> <c>Normalise</c> -> <c>Aggregate</c>. Missing children are dropped and the
    /// weights renormalised within the parent; an aggregate with every child missing is NaN.</remarks>
    /// <exception cref="ArgumentException">The data and framework do not match, a specification cannot be applied (e.g.
    /// group imputation without groups), or the geometric/harmonic mean meets a value it cannot take (the unit and the
    /// child are named).</exception>
    public static CompositeResult Compute(CompositeData data, CompositeFramework framework, CompositeSpec? spec = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        spec ??= CompositeSpec.Default;
        var raw = data.Raw;
        var tree = FrameworkTree.Build(framework, raw.Codes);
        var (included, exclusions) = Screen(raw, spec.MinimumDataAvailability);
        var subset = Subset(data, included);
        var units = subset.Raw.Units;

        var imputed = Imputation.Impute(subset, spec.Imputation);
        var outcomes = new Dictionary<string, TreatmentOutcome>(StringComparer.Ordinal);
        var treatedColumns = new double[tree.IndicatorCount][];
        var normalisedColumns = new double[tree.IndicatorCount][];
        for (var c = 0; c < tree.IndicatorCount; c++)
        {
            var code = tree.Codes[c];
            var outcome = Treat(imputed.Values.Column(c), spec.Treatment, code);
            outcomes[code] = outcome;
            treatedColumns[c] = outcome.Values;
            normalisedColumns[c] = Normalisation.Normalise(outcome.Values, spec.Normalisation, tree.Direction[c], tree.Target[c]);
        }

        var treated = IndicatorMatrix.FromColumns(units, raw.Codes, treatedColumns);
        var normalised = IndicatorMatrix.FromColumns(units, raw.Codes, normalisedColumns);
        var weighted = tree.WithWeights(EffectiveWeights(tree, spec.Weights, normalised.Values));
        var aggregated = new IndicatorMatrix(units, tree.Codes, AggregateTree(normalised.Values, weighted, spec, units));

        return new CompositeResult(raw, Expand(imputed, included, raw.Units), Expand(treated, included, raw.Units),
            Expand(normalised, included, raw.Units), Expand(aggregated, included, raw.Units),
            Flags(raw, imputed, outcomes, included), spec)
        {
            Framework = framework,
            Treatment = outcomes,
            Weights = tree.Codes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => weighted.Weight[p.i], StringComparer.Ordinal),
            Exclusions = exclusions,
            TopCodes = tree.Top.Select(t => tree.Codes[t]).ToArray(),
        };
    }

    /// <summary>Aggregates normalised indicators (units x indicators) up the tree: units x nodes.</summary>
    internal static Matrix AggregateTree(Matrix normalised, FrameworkTree tree, CompositeSpec spec, IReadOnlyList<string> units)
    {
        var scores = new Matrix(normalised.Rows, tree.NodeCount);
        for (var r = 0; r < normalised.Rows; r++)
        {
            normalised.Row(r).CopyTo(scores.RowSpan(r));
        }

        for (var level = 2; level <= tree.LevelCount; level++)
        {
            var mean = spec.AggregationAt(level, tree.LevelCount);
            foreach (var node in tree.AggregatesAtLevel[level])
            {
                var children = tree.Children[node];
                var w = children.Select(c => tree.Weight[c]).ToArray();
                var x = new double[children.Length];
                for (var r = 0; r < scores.Rows; r++)
                {
                    for (var k = 0; k < children.Length; k++)
                    {
                        x[k] = scores[r, children[k]];
                    }

                    var invalid = Aggregation.FirstInvalid(x, mean);
                    if (invalid >= 0)
                    {
                        throw new ArgumentException($"Unit '{units[r]}': {mean.GetType().Name} of '{tree.Codes[node]}' cannot take " +
                            $"'{tree.Codes[children[invalid]]}' = {x[invalid]} (geometric needs > 0, harmonic != 0; COINr stops here too). " +
                            "Normalise onto a positive range, e.g. min-max 1..100.", nameof(spec));
                    }

                    scores[r, node] = Aggregation.Aggregate(x, w, mean);
                }
            }
        }

        return scores;
    }

    internal static TreatmentOutcome Treat(double[] x, TreatmentSpec spec, string code)
    {
        try
        {
            return OutlierTreatment.Treat(x, spec);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"Indicator '{code}': {e.Message}", nameof(spec), e);
        }
    }

    internal static double[] EffectiveWeights(FrameworkTree tree, WeightSpec spec, Matrix normalised)
    {
        var weights = (double[])tree.Weight.Clone();
        switch (spec)
        {
            case WeightSpec.Equal:
                Array.Fill(weights, 1.0);
                break;
            case WeightSpec.Given given:
                foreach (var (code, w) in given.Weights)
                {
                    var i = Array.IndexOf(tree.Codes, code);
                    weights[i >= 0 ? i : throw new ArgumentException($"Weight given for unknown code '{code}'.", nameof(spec))] =
                        w >= 0 && double.IsFinite(w) ? w : throw new ArgumentException($"Weight of '{code}' is {w}.", nameof(spec));
                }

                break;
            case WeightSpec.PrincipalComponent:
                foreach (var node in tree.AggregatesAtLevel[2])
                {
                    var children = tree.Children[node];
                    var block = new Matrix(normalised.Rows, children.Length);
                    for (var r = 0; r < normalised.Rows; r++)
                    {
                        for (var k = 0; k < children.Length; k++)
                        {
                            block[r, k] = normalised[r, children[k]];
                        }
                    }

                    var pca = Weighting.PrincipalComponent(block);
                    for (var k = 0; k < children.Length; k++)
                    {
                        weights[children[k]] = pca[k];
                    }
                }

                break;
        }

        return weights;
    }

    private static (int[] Included, UnitExclusion[] Exclusions) Screen(IndicatorMatrix raw, double threshold)
    {
        if (!(threshold >= 0 && threshold <= 1))
        {
            throw new ArgumentException($"The data availability threshold must be in [0, 1]; got {threshold}.", nameof(threshold));
        }

        var included = new List<int>();
        var exclusions = new List<UnitExclusion>();
        for (var r = 0; r < raw.Units.Count; r++)
        {
            var row = raw.Values.Row(r);
            var observed = 0;
            foreach (var v in row)
            {
                observed += double.IsNaN(v) ? 0 : 1;
            }

            var share = row.Length == 0 ? 0 : (double)observed / row.Length;
            if (share < threshold)
            {
                exclusions.Add(new UnitExclusion(raw.Units[r], share,
                    $"Data availability {observed}/{row.Length} = {share:P0} is below the threshold {threshold:P0}."));
            }
            else
            {
                included.Add(r);
            }
        }

        return (included.ToArray(), exclusions.ToArray());
    }

    private static CompositeData Subset(CompositeData data, int[] rows)
    {
        if (rows.Length == data.Raw.Units.Count)
        {
            return data;
        }

        IndicatorMatrix Take(IndicatorMatrix m)
        {
            var values = new Matrix(rows.Length, m.Codes.Count);
            for (var k = 0; k < rows.Length; k++)
            {
                m.Values.Row(rows[k]).CopyTo(values.RowSpan(k));
            }

            return new IndicatorMatrix(rows.Select(r => m.Units[r]).ToArray(), m.Codes, values);
        }

        return new CompositeData(Take(data.Raw), data.Groups is null ? null : rows.Select(r => data.Groups[r]).ToArray(),
            data.Previous is null ? null : Take(data.Previous));
    }

    private static IndicatorMatrix Expand(IndicatorMatrix m, int[] rows, IReadOnlyList<string> units)
    {
        if (rows.Length == units.Count)
        {
            return m;
        }

        var values = new Matrix(units.Count, m.Codes.Count);
        for (var r = 0; r < units.Count; r++)
        {
            values.RowSpan(r).Fill(double.NaN);
        }

        for (var k = 0; k < rows.Length; k++)
        {
            m.Values.Row(k).CopyTo(values.RowSpan(rows[k]));
        }

        return new IndicatorMatrix(units, m.Codes, values);
    }

    private static CellFlag[] Flags(IndicatorMatrix raw, IndicatorMatrix imputed, Dictionary<string, TreatmentOutcome> outcomes, int[] rows)
    {
        var flags = new List<CellFlag>();
        for (var k = 0; k < rows.Length; k++)
        {
            for (var c = 0; c < raw.Codes.Count; c++)
            {
                var (unit, code) = (raw.Units[rows[k]], raw.Codes[c]);
                if (double.IsNaN(raw.Values[rows[k], c]) && !double.IsNaN(imputed.Values[k, c]))
                {
                    flags.Add(new CellFlag(unit, code, CellFlagKind.Imputed));
                }

                var point = outcomes[code].Points[k];
                if (point.HasFlag(CellTreatment.Transformed))
                {
                    flags.Add(new CellFlag(unit, code, CellFlagKind.Transformed));
                }
                else if (point != CellTreatment.None)
                {
                    flags.Add(new CellFlag(unit, code, point.HasFlag(CellTreatment.WinsorisedHigh) ? CellFlagKind.WinsorisedHigh : CellFlagKind.WinsorisedLow));
                }
            }
        }

        return flags.ToArray();
    }
}
