using ClusterScope.Domain.Registry;

namespace ClusterScope.Domain.Plausibility;

/// <summary>History overlaid with the submission: one value per entity, indicator and period, and which were submitted.</summary>
internal sealed class FigureBook
{
    private readonly Dictionary<(EntityKind, string, string, string), double> _values = [];
    private readonly Dictionary<EntityRef, List<EntityRef>> _children = [];
    private readonly HashSet<(EntityKind, string, string, string)> _submittedKeys;

    public FigureBook(IReadOnlyList<ReportedFigure> submitted, IReadOnlyList<ReportedFigure> history,
        IReadOnlyDictionary<EntityRef, EntityRef> parents)
    {
        // Non-finite values carry no comparable number; the importer refuses them anyway.
        foreach (var f in history.Where(f => double.IsFinite(f.Value)))
        {
            _values[Key(f)] = f.Value;
        }

        var latest = new Dictionary<(EntityKind, string, string, string), ReportedFigure>();
        foreach (var f in submitted.Where(f => double.IsFinite(f.Value)))
        {
            _values[Key(f)] = f.Value;
            latest[Key(f)] = f;
        }

        Submitted = [.. latest.Values];
        _submittedKeys = [.. latest.Keys];
        Parents = parents;
        foreach (var (child, parent) in parents)
        {
            if (!_children.TryGetValue(parent, out var list))
            {
                _children[parent] = list = [];
            }

            list.Add(child);
        }
    }

    /// <summary>The submitted figures with finite values, the last of any duplicate key.</summary>
    public IReadOnlyList<ReportedFigure> Submitted { get; }

    public IReadOnlyDictionary<EntityRef, EntityRef> Parents { get; }

    public bool IsSubmitted(EntityKind kind, string code, string indicator, string period) =>
        _submittedKeys.Contains((kind, code, indicator, period));

    public double? Value(EntityKind kind, string code, string indicator, string period) =>
        _values.TryGetValue((kind, code, indicator, period), out var v) ? v : null;

    public IReadOnlyList<EntityRef> ChildrenOf(EntityRef parent) => _children.TryGetValue(parent, out var list) ? list : [];

    /// <summary>The zone an entity is in: itself for a zone, else up the parents; null when no zone is found.</summary>
    public string? ZoneOf(EntityKind kind, string code)
    {
        var current = new EntityRef(kind, code);
        for (var depth = 0; depth < 8; depth++)
        {
            if (current.Kind == EntityKind.Zone)
            {
                return current.Code;
            }

            if (!Parents.TryGetValue(current, out var parent))
            {
                return null;
            }

            current = parent;
        }

        return null;
    }

    private static (EntityKind, string, string, string) Key(ReportedFigure f) => (f.Kind, f.EntityCode, f.IndicatorCode, f.Period);
}
