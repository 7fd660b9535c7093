using System.Globalization;
using ClusterScope.Analytics.ShiftShare;

namespace ClusterScope.Analytics.Tests.ShiftShare;

/// <summary>The panel of reference case 04 (3 regions, 9 industries, 2016-2022) and the reading of REAT's component labels.</summary>
internal static class Case04Panel
{
    public static readonly string[] Regions;
    public static readonly string[] Industries;
    public static readonly int[] Years;
    public static readonly Matrix[] Regional;
    public static readonly Matrix National;

    static Case04Panel()
    {
        var regional = ReferenceTable.Load("04_shift_share/inputs/regional.csv");
        var national = ReferenceTable.Load("04_shift_share/inputs/national.csv");
        Regions = [.. regional.Text("region").Distinct().Order(StringComparer.Ordinal)];
        Industries = [.. national.Text("industry").Distinct()];
        Years = [.. national.Numbers("year").Select(y => (int)y).Distinct().Order()];
        Regional = [.. Years.Select(_ => new Matrix(Regions.Length, Industries.Length))];
        National = new Matrix(Years.Length, Industries.Length);
        foreach (var row in regional.Rows)
        {
            Regional[YearIndex(row[1])][Array.IndexOf(Regions, row[0]), Array.IndexOf(Industries, row[2])] = ReferenceTable.ParseNumber(row[3]);
        }

        foreach (var row in national.Rows)
        {
            National[YearIndex(row[0]), Array.IndexOf(Industries, row[1])] = ReferenceTable.ParseNumber(row[2]);
        }
    }

    public static int YearIndex(string year) => Array.IndexOf(Years, int.Parse(year, CultureInfo.InvariantCulture));

    public static int RegionIndex(string region) => Array.IndexOf(Regions, region);

    public static int IndustryIndex(string industry) => Array.IndexOf(Industries, industry);

    public static double Component(DunnComponents c, string component) => component switch
    {
        "Growth (t1-t)" => c.Growth,
        "National share" => c.NationalShare,
        "Industrial mix" => c.IndustryMix,
        "Regional share" => c.Competitive,
        "Net total shift" => c.NetTotalShift,
        _ => throw new KeyNotFoundException(component),
    };

    public static double Component(EstebanMarquillasComponents c, string component) => component switch
    {
        "Growth (t1-t)" => c.Growth,
        "National share" => c.NationalShare,
        "Industrial mix" => c.IndustryMix,
        "Regional share" => c.Competitive,
        "Allocation effect" => c.Allocation,
        _ => throw new KeyNotFoundException(component),
    };

    public static double Component(GerfinRatios c, string component) => component switch
    {
        "Industrial mix" => c.IndustryMix,
        "Regional share" => c.RegionalFactor,
        "Net total shift" => c.Total,
        _ => throw new KeyNotFoundException(component),
    };

    public static double Component(PerIndustryShiftShare s, int region, int industry, string component) => component switch
    {
        "Growth (t1-t)" => s.Growth[region, industry],
        "National share" => s.NationalShare[region, industry],
        "Industrial mix" => s.IndustryMix[region, industry],
        "Regional share" => s.Competitive[region, industry],
        "Net total shift" => s.NetTotalShift(region, industry),
        _ => throw new KeyNotFoundException(component),
    };
}
