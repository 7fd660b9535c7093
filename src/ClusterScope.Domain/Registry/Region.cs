namespace ClusterScope.Domain.Registry;

/// <summary>An administrative division (province, prefecture, county) identified by its 6-digit NBS code.</summary>
public sealed class Region
{
    /// <summary>The 6-digit administrative code, e.g. 220100 for Changchun.</summary>
    public required string Code { get; set; }

    /// <summary>The code of the enclosing division; null for the top of the loaded hierarchy.</summary>
    public string? ParentCode { get; set; }

    /// <summary>Administrative level.</summary>
    public RegionLevel Level { get; set; }

    /// <summary>Chinese name, e.g. 长春市.</summary>
    public required string NameZh { get; set; }

    /// <summary>English name, e.g. Changchun City.</summary>
    public required string NameEn { get; set; }

    /// <summary>Pinyin name.</summary>
    public string? NamePinyin { get; set; }

    /// <summary>Boundary as a GeoJSON geometry object in the GCJ-02 frame (as the source delivers it); null when none is known.</summary>
    public string? GeometryGeoJson { get; set; }
}
