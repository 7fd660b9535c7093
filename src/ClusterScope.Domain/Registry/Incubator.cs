namespace ClusterScope.Domain.Registry;

/// <summary>A business incubator or private-enterprise pioneer park in a development zone.</summary>
public sealed class Incubator
{
    /// <summary>Stable code.</summary>
    public required string Code { get; set; }

    /// <summary>Chinese name.</summary>
    public required string NameZh { get; set; }

    /// <summary>English name.</summary>
    public required string NameEn { get; set; }

    /// <summary>The zone it serves.</summary>
    public required string ZoneCode { get; set; }

    /// <summary>True for a private-enterprise pioneer park (民营企业创业园), false for an incubator (孵化器).</summary>
    public bool IsPioneerPark { get; set; }

    /// <summary>Whether the record is real or generated.</summary>
    public Provenance Provenance { get; set; }
}
