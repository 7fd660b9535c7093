namespace ClusterScope.Domain.Registry;

/// <summary>A measured quantity, e.g. cluster output in 100 million CNY.</summary>
public sealed class Indicator
{
    /// <summary>Stable code, e.g. <c>cluster_output</c>.</summary>
    public required string Code { get; set; }

    /// <summary>Chinese name.</summary>
    public required string NameZh { get; set; }

    /// <summary>English name.</summary>
    public required string NameEn { get; set; }

    /// <summary>Unit as the source gives it, e.g. "100m CNY", "persons", "share".</summary>
    public required string Unit { get; set; }

    /// <summary>Whether more is better.</summary>
    public IndicatorDirection Direction { get; set; }

    /// <summary>The kind of entity the indicator describes.</summary>
    public EntityKind EntityKind { get; set; }
}
