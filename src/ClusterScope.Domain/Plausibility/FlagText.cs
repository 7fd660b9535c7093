using System.Globalization;
using ClusterScope.Domain.Registry;

namespace ClusterScope.Domain.Plausibility;

/// <summary>How the flags write numbers, in words a reviewer reads without a manual (the same in both languages).</summary>
internal static class FlagText
{
    /// <summary>1,234.5; up to four decimals, so small rates keep their digits.</summary>
    public static string Number(double value) => value.ToString("#,##0.####", CultureInfo.InvariantCulture);

    /// <summary>82.0 % for 0.82 (the sign is left to the words rose/fell).</summary>
    public static string Percent(double fraction) => (Math.Abs(fraction) * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";

    /// <summary>82.0% for 0.82, Chinese typography.</summary>
    public static string PercentZh(double fraction) => (Math.Abs(fraction) * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>±50 % for 0.5.</summary>
    public static string Band(double band) => "±" + (band * 100).ToString("0.##", CultureInfo.InvariantCulture) + " %";

    /// <summary>±50% for 0.5, Chinese typography.</summary>
    public static string BandZh(double band) => "±" + (band * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    /// <summary>A statistic with a fixed number of decimals.</summary>
    public static string Fixed(double value, int decimals) =>
        value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>p = 0.0312, or p &lt; 0.0001 when smaller.</summary>
    public static string PValue(double p) => p < 0.0001 ? "p < 0.0001" : "p = " + Fixed(p, 4);

    /// <summary>The plural noun of a kind of entity, in English and Chinese.</summary>
    public static (string En, string Zh) Kinds(EntityKind kind) => kind switch
    {
        EntityKind.Region => ("regions", "地区"),
        EntityKind.Zone => ("zones", "开发区"),
        EntityKind.Cluster => ("clusters", "集群"),
        _ => ("enterprises", "企业"),
    };

    /// <summary>The relative change from <paramref name="previous"/> to <paramref name="current"/>, against |previous| so
    /// that a negative base (a loss, a falling rate) gives a change of the right sign; null from zero.</summary>
    public static double? Change(double previous, double current) =>
        previous == 0 ? null : (current - previous) / Math.Abs(previous);
}
