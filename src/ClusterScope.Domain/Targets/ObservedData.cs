using ClusterScope.Domain.Registry;

namespace ClusterScope.Domain.Targets;

/// <summary>Everything a plan's targets are evaluated against: the clusters, the zones and the yearly observations.</summary>
/// <param name="Clusters">Clusters of the plan's scope.</param>
/// <param name="Zones">Development zones of the plan's scope.</param>
/// <param name="Values">Yearly observations of the indicators the targets read.</param>
/// <param name="Wins">The verified investment wins in the plan's zones (none when not given).</param>
public sealed record ObservedData(IReadOnlyList<ClusterFact> Clusters, IReadOnlyList<ZoneFact> Zones, IReadOnlyList<ObservedValue> Values,
    IReadOnlyList<VerifiedWin>? Wins = null)
{
    // Keyed by the list it was built from: a copy made with `with { Values = … }` carries this field along.
    private (IReadOnlyList<ObservedValue> From, ILookup<(EntityKind, string, int), ObservedValue> Lookup)? _byIndicatorYear;

    /// <summary>No entities and no observations.</summary>
    public static ObservedData Empty { get; } = new([], [], []);

    /// <summary>The observations of one indicator of one entity kind in one year.</summary>
    public IEnumerable<ObservedValue> Of(EntityKind kind, string indicator, int year)
    {
        if (_byIndicatorYear is not { } cache || !ReferenceEquals(cache.From, Values))
        {
            cache = (Values, Values.ToLookup(v => (v.Kind, v.Indicator, v.Year)));
            _byIndicatorYear = cache;
        }

        return cache.Lookup[(kind, indicator, year)];
    }

    /// <summary>The value of one indicator of one entity in one year; null when not observed.</summary>
    public ObservedValue? Find(EntityKind kind, string entity, string indicator, int year) =>
        Of(kind, indicator, year).FirstOrDefault(v => string.Equals(v.EntityCode, entity, StringComparison.Ordinal));

    /// <summary>The years in which <paramref name="indicator"/> is observed for entities of <paramref name="kind"/>, oldest first.</summary>
    public IReadOnlyList<int> Years(EntityKind kind, string indicator) =>
        Values.Where(v => v.Kind == kind && v.Indicator == indicator).Select(v => v.Year).Distinct().Order().ToList();
}
