namespace ClusterScope.Data.DefaultData;

/// <summary>How a census sector's employment-share indicator is named, and the sector's own name read back from it.</summary>
/// <remarks>The sector names (GB/T 4754-2017 sections, zh and en) come from <c>stats/jilin_census2020_sectors.csv</c>.</remarks>
public static class CensusSectors
{
    private const string PrefixEn = "Employment share: ";
    private const string PrefixZh = "就业构成：";

    /// <summary>The indicator names for the share of employed persons in a sector.</summary>
    public static (string En, string Zh) IndicatorNames(string sectorEn, string sectorZh) => (PrefixEn + sectorEn, PrefixZh + sectorZh);

    /// <summary>The sector's name from its indicator's name; the indicator name itself when it was not made by <see cref="IndicatorNames"/>.</summary>
    public static string SectorName(string indicatorName, bool chinese)
    {
        ArgumentNullException.ThrowIfNull(indicatorName);
        var prefix = chinese ? PrefixZh : PrefixEn;
        return indicatorName.StartsWith(prefix, StringComparison.Ordinal) ? indicatorName[prefix.Length..] : indicatorName;
    }
}
