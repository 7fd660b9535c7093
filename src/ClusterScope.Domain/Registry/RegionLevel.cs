namespace ClusterScope.Domain.Registry;

/// <summary>The administrative level of a <see cref="Region"/>.</summary>
public enum RegionLevel
{
    /// <summary>Province-level division (省).</summary>
    Province,

    /// <summary>Prefecture-level division (地级), including autonomous prefectures.</summary>
    Prefecture,

    /// <summary>County-level division (县级): districts, county-level cities, counties.</summary>
    County,

    /// <summary>An NBS statistical code under which some development zones report like counties; not an administrative division.</summary>
    ZoneStatisticalUnit,
}
